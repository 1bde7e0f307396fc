package beacon.scorecard;

import beacon.rules.rating.Rag;
import beacon.rules.travel.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order a reader asked for the scorecard lines: the paper's own order, or by code, title,
 * rating (Red first), value, or direction of travel (worsened first), ascending or descending.
 * Lines with nothing to sort by (no value, no direction) come last either way; ties keep the
 * paper's order.
 */
public record IndicatorSort(IndicatorSort.Column column, boolean descending) {

  public static final IndicatorSort PAPER = new IndicatorSort(Column.PAPER, false);

  /** What the lines can be sorted by. */
  public enum Column {
    PAPER,
    CODE,
    TITLE,
    RAG,
    VALUE,
    DIRECTION
  }

  /** A sort from the request's words; anything else gives the paper's order, ascending. */
  public static IndicatorSort of(String column, String order) {
    Column sorted = IndicatorFilter.named(Column.class, column).orElse(Column.PAPER);
    return new IndicatorSort(sorted, "desc".equalsIgnoreCase(order));
  }

  public String order() {
    return descending ? "desc" : "asc";
  }

  public List<ScorecardLine> apply(List<ScorecardLine> lines) {
    if (column == Column.PAPER && !descending) {
      return lines;
    }
    Map<ScorecardLine, Integer> paperOrder = new IdentityHashMap<>(lines.size() * 2);
    for (int i = 0; i < lines.size(); i++) {
      paperOrder.put(lines.get(i), i);
    }
    Comparator<ScorecardLine> byPaper = Comparator.comparing(paperOrder::get);
    Comparator<ScorecardLine> order =
        switch (column) {
          case PAPER -> descending ? byPaper.reversed() : byPaper;
          case CODE ->
              keyed(line -> line.code(), String.CASE_INSENSITIVE_ORDER).thenComparing(byPaper);
          case TITLE ->
              keyed(line -> line.title(), String.CASE_INSENSITIVE_ORDER).thenComparing(byPaper);
          case RAG ->
              keyed(line -> ragRank(line.rag()), Comparator.<Integer>naturalOrder())
                  .thenComparing(byPaper);
          case VALUE ->
              keyed(IndicatorSort::number, Comparator.<BigDecimal>naturalOrder())
                  .thenComparing(byPaper);
          case DIRECTION ->
              keyed(
                      line -> directionRank(IndicatorFilter.directionOf(line)),
                      Comparator.<Integer>naturalOrder())
                  .thenComparing(byPaper);
        };
    List<ScorecardLine> sorted = new ArrayList<>(lines);
    sorted.sort(order);
    return sorted;
  }

  /** Sorts by a key in the asked direction, lines without a key last. */
  private <K> Comparator<ScorecardLine> keyed(
      Function<ScorecardLine, K> key, Comparator<K> natural) {
    Comparator<K> directed = descending ? natural.reversed() : natural;
    return Comparator.comparing(key, Comparator.nullsLast(directed));
  }

  private static BigDecimal number(ScorecardLine line) {
    return line.value() == null ? null : line.value().value();
  }

  /** Red before Amber before Green; not rated comes last. */
  private static Integer ragRank(Rag rag) {
    if (rag == null || rag == Rag.NOT_RATED) {
      return null;
    }
    return rag.ordinal();
  }

  /** Worsened, no change, improved; then down and up (no polarity); no earlier value last. */
  private static Integer directionRank(Direction direction) {
    switch (direction) {
      case WORSENED:
        return 0;
      case UNCHANGED:
        return 1;
      case IMPROVED:
        return 2;
      case DOWN:
        return 3;
      case UP:
        return 4;
      default:
        return null;
    }
  }
}
