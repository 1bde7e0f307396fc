package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticalNeighbourModelsTest {

  private final StatisticalNeighbourModels models =
      new StatisticalNeighbourModels(
          new NeighbourModel("2021", Map.of()), new NeighbourModel("2025", Map.of()));

  @Test
  void usesThe2021ModelForTheYearsBefore2025() {
    assertThat(models.inForce("2016").name()).isEqualTo("2021");
    assertThat(models.inForce("2024").name()).isEqualTo("2021");
    assertThat(models.inForce("2023/24").name()).isEqualTo("2021");
  }

  @Test
  void usesThe2025ModelFrom2025() {
    assertThat(models.inForce("2025").name()).isEqualTo("2025");
    assertThat(models.inForce("2025 (Rev)").name()).isEqualTo("2025");
    assertThat(models.inForce("2024/25").name()).isEqualTo("2025");
    assertThat(models.inForce("2025-26").name()).isEqualTo("2025");
  }

  @Test
  void hasNoModelForALabelWithNoYear() {
    assertThat(models.inForce("0")).isNull();
  }
}
