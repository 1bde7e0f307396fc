package beacon.papers;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order a council lists a layout's indicators in (kept with its front sheet): the codes listed
 * first, in the order listed, then every other in catalogue order. Sections and their numbering
 * follow from it, as the Red-first rule of the exceptions layout still does.
 */
public final class PaperOrder {

  private PaperOrder() {}

  /** Where a code stands: its place in the order, or after every listed one. */
  public static int position(List<String> order, String code) {
    int at = order.indexOf(code);
    return at < 0 ? order.size() : at;
  }

  /** The items, each by its code, in the order kept; the sort is stable, so ties keep theirs. */
  static <T> List<T> sorted(List<T> items, List<String> order, Function<T, String> code) {
    if (order.isEmpty()) {
      return items;
    }
    return items.stream()
        .sorted(Comparator.comparingInt(item -> position(order, code.apply(item))))
        .toList();
  }
}
