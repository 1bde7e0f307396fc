package beacon.rules.rating;

import static beacon.rules.rating.Polarity.HIGH;
import static beacon.rules.rating.Polarity.LOW;
import static beacon.rules.rating.Unit.PERCENT;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.FinancialQuarter;
import org.junit.jupiter.api.Test;

/**
 * Havering 2013/14: "Green on target or within 10% of it; Amber more than 10% off target but
 * improved or maintained against the same quarter last year; Red more than 10% off and not
 * improved".
 */
class RelativeBandWithTravelTest {

  private static final RagScheme HAVERING_2013 =
      new RagScheme.RelativeBandWithTravel(new java.math.BigDecimal("10"));
  private static final FinancialQuarter Q3_2012 = new FinancialQuarter(2012, 3);

  @Test
  void withinTenPercentOfTheTargetIsGreenWhateverLastYearSaid() {
    Rating rating = rate("80", HIGH, "86", lastYear("95"));

    assertThat(rating.rag()).isEqualTo(Rag.GREEN);
    assertThat(rating.reason())
        .isEqualTo("Green: 80% is below the target of 86% but within 10% of it (Green to 77.4%)");
  }

  @Test
  void furtherOffButImprovedOnTheSameQuarterLastYearIsAmber() {
    Rating rating = rate("70", HIGH, "86", lastYear("65"));

    assertThat(rating.rag()).isEqualTo(Rag.AMBER);
    assertThat(rating.reason())
        .isEqualTo(
            "Amber: 70% is more than 10% below the target of 86% (Green to 77.4%) but improved"
                + " on 65% in Q3 2012/13");
  }

  @Test
  void keptToLastYearsFigureCountsAsMaintained() {
    Rating rating = rate("70", HIGH, "86", lastYear("70"));

    assertThat(rating.rag()).isEqualTo(Rag.AMBER);
    assertThat(rating.reason()).endsWith("but maintained at 70% in Q3 2012/13");
  }

  @Test
  void furtherOffAndWorseThanLastYearIsRed() {
    Rating rating = rate("70", HIGH, "86", lastYear("75"));

    assertThat(rating.rag()).isEqualTo(Rag.RED);
    assertThat(rating.reason())
        .isEqualTo(
            "Red: 70% is more than 10% below the target of 86% (Green to 77.4%) and worse than"
                + " 75% in Q3 2012/13");
  }

  @Test
  void furtherOffWithNothingToCompareWithIsRedAndSaysSo() {
    assertThat(rate("70", HIGH, "86", null).reason())
        .endsWith("and there is no value a year earlier to show it improved");
    assertThat(
            rate("70", HIGH, "86", new Earlier(Q3_2012, Figure.marked(Marker.SUPPRESSED))).reason())
        .endsWith(
            "the value a year earlier, for Q3 2012/13, is marked Suppressed, so it cannot"
                + " show it improved");
  }

  @Test
  void aimingLowTheBandLiesAboveTheTargetAndImprovingMeansFalling() {
    Rating rating = rate("32", LOW, "28", lastYear("33"));

    assertThat(rating.rag()).isEqualTo(Rag.AMBER);
    assertThat(rating.reason())
        .isEqualTo(
            "Amber: 32% is more than 10% above the target of 28% (Green to 30.8%) but improved"
                + " on 33% in Q3 2012/13");
  }

  @Test
  void theSchemeSaysItsRuleInWords() {
    assertThat(HAVERING_2013.describe())
        .isEqualTo(
            "Green on target or within 10% of it; Amber further off but improved or maintained"
                + " against the same period a year earlier; Red further off and not improved");
  }

  private static Rating rate(String value, Polarity polarity, String target, Earlier lastYear) {
    return RagRating.rate(
        Figure.of(value), polarity, PERCENT, Target.of(target), HAVERING_2013, lastYear);
  }

  private static Earlier lastYear(String value) {
    return new Earlier(Q3_2012, Figure.of(value));
  }
}
