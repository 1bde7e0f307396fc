package beacon.scorecard;

import static beacon.scorecard.ScorecardLineFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Rag;
import java.util.List;
import org.junit.jupiter.api.Test;

class RagCountsTest {

  private final List<ScorecardLine> lines =
      List.of(
          aLine("1").inPortfolio("Children").inTheme("Quality").rated(Rag.RED).build(),
          aLine("2").inPortfolio("Education").rated(Rag.GREEN).build(),
          aLine("3").inPortfolio("Children").inTheme("Quality").rated(Rag.RED).build(),
          aLine("4").inTheme("Voice").rated(Rag.AMBER).build(),
          aLine("5").inPortfolio("Children").inTheme(" ").build());

  @Test
  void countsEveryRatingOverall() {
    RagCounts.Group overall = RagCounts.overall(lines);

    assertThat(overall.count(Rag.RED)).isEqualTo(2);
    assertThat(overall.count(Rag.AMBER)).isEqualTo(1);
    assertThat(overall.count(Rag.GREEN)).isEqualTo(1);
    assertThat(overall.count(Rag.NOT_RATED)).isEqualTo(1);
    assertThat(overall.total()).isEqualTo(5);
  }

  @Test
  void countsByPortfolioInPaperOrderWithNoPortfolioLast() {
    List<RagCounts.Group> groups = RagCounts.byPortfolio(lines);

    assertThat(groups)
        .extracting(RagCounts.Group::key)
        .containsExactly("Children", "Education", "none");
    assertThat(groups.get(0).count(Rag.RED)).isEqualTo(2);
    assertThat(groups.get(0).count(Rag.NOT_RATED)).isEqualTo(1);
    assertThat(groups.get(0).total()).isEqualTo(3);
    assertThat(groups.get(2).isNone()).isTrue();
    assertThat(groups.get(2).count(Rag.AMBER)).isEqualTo(1);
  }

  @Test
  void countsByThemeWithBlankThemesAsNoTheme() {
    List<RagCounts.Group> groups = RagCounts.byTheme(lines);

    assertThat(groups).extracting(RagCounts.Group::key).containsExactly("Quality", "Voice", "none");
    assertThat(groups.get(2).total()).isEqualTo(2);
  }

  @Test
  void hasNoGroupsForNoLines() {
    assertThat(RagCounts.byTheme(List.of())).isEmpty();
  }
}
