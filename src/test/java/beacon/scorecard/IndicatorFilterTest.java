package beacon.scorecard;

import static beacon.scorecard.ScorecardLineFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Rag;
import beacon.rules.travel.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorFilterTest {

  private final ScorecardLine reReferrals =
      aLine("CSC-01")
          .titled("% re-referrals within 12 months")
          .inPortfolio("Children's Services")
          .withPriority("Safeguarding")
          .inTheme("Quality")
          .rated(Rag.RED)
          .moved(Direction.WORSENED)
          .build();
  private final ScorecardLine visits =
      aLine("CSC-02")
          .titled("% children seen within 6 weeks")
          .defined("This indicator measures visits to children looked after.")
          .inPortfolio("Children's Services")
          .inTheme("Voice of the child")
          .rated(Rag.GREEN)
          .moved(Direction.IMPROVED)
          .build();
  private final ScorecardLine attainment =
      aLine("EDU-A8").titled("Attainment 8").inPortfolio("Education").rated(Rag.AMBER).build();
  private final ScorecardLine caseload = aLine("WF-1").titled("Caseloads").build();
  private final List<ScorecardLine> lines = List.of(reReferrals, visits, attainment, caseload);

  @Test
  void keepsEveryLineWhenNothingIsChosen() {
    IndicatorFilter filter = IndicatorFilter.of("", " ", null, "", null, "  ");

    assertThat(filter.isEverything()).isTrue();
    assertThat(filter.apply(lines)).containsExactlyElementsOf(lines);
  }

  @Test
  void keepsTheLinesOfAPortfolioAndRating() {
    IndicatorFilter filter =
        IndicatorFilter.of("Children's Services", null, null, "RED", null, null);

    assertThat(filter.apply(lines)).containsExactly(reReferrals);
  }

  @Test
  void keepsTheLinesWithNoPortfolioOrThemeWhenAskedForNone() {
    assertThat(IndicatorFilter.of("none", null, null, null, null, null).apply(lines))
        .containsExactly(caseload);
    assertThat(IndicatorFilter.of(null, null, "none", null, null, null).apply(lines))
        .containsExactly(attainment, caseload);
  }

  @Test
  void keepsTheLinesOfAPriorityAndATheme() {
    assertThat(IndicatorFilter.of(null, "Safeguarding", null, null, null, null).apply(lines))
        .containsExactly(reReferrals);
    assertThat(IndicatorFilter.of(null, null, "Voice of the child", null, null, null).apply(lines))
        .containsExactly(visits);
  }

  @Test
  void keepsTheLinesNotRated() {
    assertThat(IndicatorFilter.of(null, null, null, "not_rated", null, null).apply(lines))
        .containsExactly(caseload);
  }

  @Test
  void countsALineWithNoValueAsHavingNoEarlierValueToCompareWith() {
    assertThat(IndicatorFilter.of(null, null, null, null, "NO_COMPARISON", null).apply(lines))
        .containsExactly(attainment, caseload);
    assertThat(IndicatorFilter.of(null, null, null, null, "IMPROVED", null).apply(lines))
        .containsExactly(visits);
  }

  @Test
  void searchesTheCodeTitleAndDefinitionWhateverTheCase() {
    assertThat(IndicatorFilter.of(null, null, null, null, null, "edu-a").apply(lines))
        .containsExactly(attainment);
    assertThat(IndicatorFilter.of(null, null, null, null, null, "RE-REFERRALS").apply(lines))
        .containsExactly(reReferrals);
    assertThat(IndicatorFilter.of(null, null, null, null, null, "looked after").apply(lines))
        .containsExactly(visits);
  }

  @Test
  void ignoresARatingOrDirectionThatIsNotOne() {
    IndicatorFilter filter = IndicatorFilter.of(null, null, null, "PURPLE", "SIDEWAYS", null);

    assertThat(filter.rag()).isNull();
    assertThat(filter.direction()).isNull();
    assertThat(filter.apply(lines)).containsExactlyElementsOf(lines);
  }

  @Test
  void findsNothingForAPortfolioThatIsNotThere() {
    assertThat(IndicatorFilter.of("Highways", null, null, null, null, null).apply(lines)).isEmpty();
  }

  @Test
  void listsTheDistinctGroupsInTheOrderOfThePaper() {
    assertThat(IndicatorFilter.distinct(lines, ScorecardLine::portfolio))
        .containsExactly("Children's Services", "Education");
    assertThat(IndicatorFilter.anyWithout(lines, ScorecardLine::portfolio)).isTrue();
    assertThat(IndicatorFilter.anyWithout(List.of(reReferrals), ScorecardLine::portfolio))
        .isFalse();
  }
}
