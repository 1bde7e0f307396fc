package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.indicator.CatalogueChanges.Change;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueHistoryTest {

  private static final OffsetDateTime NOON =
      OffsetDateTime.of(2025, 4, 1, 11, 0, 0, 0, ZoneOffset.UTC);

  private final List<Change> changes =
      List.of(
          new Change(1, "Ann", NOON, null, Map.of()),
          new Change(
              2,
              "Bob",
              NOON.plusDays(1),
              "Moved",
              Map.of("title", "Old", "portfolio_id", "7", "theme_id", "9", "id", "3")));

  @Test
  void listsTheNewestChangeFirstWithEachFieldBeforeAndAfter() {
    List<CatalogueHistory.Entry> history =
        CatalogueHistory.of(changes, Map.of("title", "New", "portfolio_id", "8", "id", "3"));

    assertThat(history).hasSize(2);
    assertThat(history.get(0).by()).isEqualTo("Bob");
    assertThat(history.get(0).when()).isEqualTo("2 Apr 2025, 12:00");
    assertThat(history.get(0).fields())
        .containsExactlyInAnyOrder(
            new CatalogueHistory.FieldChange("title", "Old", "New"),
            new CatalogueHistory.FieldChange("portfolio_id", "7", "8"),
            new CatalogueHistory.FieldChange("theme_id", "9", null));
    assertThat(history.get(1).creation()).isTrue();
  }

  @Test
  void namesThePortfolioPriorityAndThemeAnIdStandsFor() {
    List<CatalogueHistory.Entry> history =
        CatalogueHistory.of(
            changes,
            Map.of("title", "Old", "portfolio_id", "8", "id", "3"),
            Map.of(
                "portfolio_id", Map.of("7", "Education", "8", "Children's Social Care"),
                "theme_id", Map.of()));

    assertThat(history.get(0).fields())
        .containsExactlyInAnyOrder(
            new CatalogueHistory.FieldChange("portfolio_id", "Education", "Children's Social Care"),
            new CatalogueHistory.FieldChange("theme_id", "9", null));
  }
}
