package beacon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: which items it shows, and the page numbers to offer as links (the first, the
 * last, and those around the current one; {@code 0} stands for a gap shown as an ellipsis).
 */
public record Pagination<T>(List<T> items, int page, int pages, int from, int to, int total) {

  public static <T> Pagination<T> of(List<T> all, int requestedPage, int perPage) {
    int total = all.size();
    int pages = Math.max(1, (total + perPage - 1) / perPage);
    int page = Math.min(Math.max(requestedPage, 1), pages);
    int from = (page - 1) * perPage;
    int to = Math.min(from + perPage, total);
    return new Pagination<>(List.copyOf(all.subList(from, to)), page, pages, from + 1, to, total);
  }

  /** The same page with each item made into another. */
  public <R> Pagination<R> map(Function<T, R> making) {
    return new Pagination<>(items.stream().map(making).toList(), page, pages, from, to, total);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /** The page numbers to link, as the GOV.UK pagination shows them: 1 … 4 5 6 … 10. */
  public List<Integer> numbers() {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= pages; n++) {
      if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
        numbers.add(n);
      } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != 0) {
        numbers.add(0);
      }
    }
    return numbers;
  }
}
