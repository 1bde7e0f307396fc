package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private final List<Integer> items = IntStream.rangeClosed(1, 120).boxed().toList();

  @Test
  void showsFiftyAPage() {
    Pagination<Integer> second = Pagination.of(items, 2, 50);

    assertThat(second.items()).hasSize(50).startsWith(51).endsWith(100);
    assertThat(second.pages()).isEqualTo(3);
    assertThat(second.from()).isEqualTo(51);
    assertThat(second.to()).isEqualTo(100);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
  }

  @Test
  void keepsAPageNumberWithinThePages() {
    assertThat(Pagination.of(items, 9, 50).page()).isEqualTo(3);
    assertThat(Pagination.of(items, 9, 50).items()).hasSize(20);
    assertThat(Pagination.of(items, -1, 50).page()).isEqualTo(1);
    assertThat(Pagination.of(List.of(), 1, 50).pages()).isEqualTo(1);
  }

  @Test
  void offersTheFirstLastAndNeighbouringPagesWithGapsBetween() {
    List<Integer> many = IntStream.rangeClosed(1, 1000).boxed().toList();

    assertThat(Pagination.of(many, 10, 50).numbers()).containsExactly(1, 0, 9, 10, 11, 0, 20);
    assertThat(Pagination.of(many, 1, 50).numbers()).containsExactly(1, 2, 0, 20);
    assertThat(Pagination.of(items, 2, 50).numbers()).containsExactly(1, 2, 3);
  }
}
