package beacon.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of a list the API answers: its items, which page (counted from 1) and how many per page,
 * and how many items and pages there are in all. A page after the last one has no items.
 */
public record ApiPage<T>(List<T> items, int page, int size, int totalItems, int totalPages) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /**
   * @throws ResponseStatusException 400 when the page is before the first or the size is not
   *     between 1 and {@link #MAX_SIZE}
   */
  public static <T> ApiPage<T> of(List<T> all, int page, int size) {
    if (page < 1) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Pages are counted from 1: page " + page + " does not exist");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "A page holds from 1 to " + MAX_SIZE + " items: size " + size + " is not allowed");
    }
    int total = all.size();
    int pages = (total + size - 1) / size;
    long from = Math.min((long) (page - 1) * size, total);
    int to = (int) Math.min(from + size, total);
    return new ApiPage<>(List.copyOf(all.subList((int) from, to)), page, size, total, pages);
  }
}
