package beacon.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueEntryTest {

  private final List<Priority> priorities =
      List.of(new Priority(1, "Safe children", null), new Priority(2, "Good schools", null));

  @Test
  void aNameIsTakenWhateverItsCase() {
    assertThat(CatalogueEntry.nameTaken(priorities, "safe CHILDREN", null)).isTrue();
    assertThat(CatalogueEntry.nameTaken(priorities, "Healthy lives", null)).isFalse();
  }

  @Test
  void anEntryKeepingItsOwnNameDoesNotTakeIt() {
    assertThat(CatalogueEntry.nameTaken(priorities, "Safe children", 1L)).isFalse();
    assertThat(CatalogueEntry.nameTaken(priorities, "Safe children", 2L)).isTrue();
  }
}
