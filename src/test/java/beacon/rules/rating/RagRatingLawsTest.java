package beacon.rules.rating;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import beacon.rules.period.FinancialQuarter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRatingLawsTest {

  static RagScheme schemes(Draw draw) {
    return draw.oneOf(
        d -> RagScheme.twoState(),
        d -> new RagScheme.RelativeBand(d.decimal("0.1", "50", 1)),
        d -> new RagScheme.AbsoluteBand(d.decimal("0.1", "50", 1)),
        d -> RagScheme.floorStandard(),
        d -> new RagScheme.RelativeBandWithTravel(d.decimal("0.1", "50", 1)),
        d -> new RagScheme.TargetRange(d.decimal("0.1", "20", 1), d.decimal("0", "20", 1)));
  }

  /** The value of the same quarter a year earlier: a number, a marker, or none. */
  static Earlier sameLastYear(Draw draw) {
    return draw.oneOf(
        d -> null,
        d -> new Earlier(new FinancialQuarter(2012, 3), Figure.of(d.decimal("-50", "150", 1))),
        d -> new Earlier(new FinancialQuarter(2012, 3), Figure.marked(d.of(Marker.class))));
  }

  /**
   * The last value still Green: the green threshold, or the band's or range's edge where Green has
   * one.
   */
  static BigDecimal lastGreen(RagScheme scheme, Target target, Polarity polarity) {
    BigDecimal green = target.greenThreshold(polarity);
    return scheme instanceof RagScheme.RelativeBandWithTravel
            || scheme instanceof RagScheme.TargetRange
        ? scheme.redLine(green, polarity, target).orElseThrow()
        : green;
  }

  static Rag rag(
      BigDecimal value, Polarity polarity, Target target, RagScheme scheme, Earlier lastYear) {
    return RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme, lastYear).rag();
  }

  static Target targets(Draw draw) {
    return new Target(
        draw.decimal("0", "100", 1), draw.decimal("0", "20", 1), draw.decimal("0", "100", 1));
  }

  static Polarity polarities(Draw draw) {
    return draw.of(Polarity.HIGH, Polarity.LOW);
  }

  @Test
  void aValueMeetingTheGreenThresholdIsGreenUnderAnyScheme() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal margin = draw.decimal("0", "30", 1);
          BigDecimal green = target.greenThreshold(polarity);
          BigDecimal value = polarity == Polarity.HIGH ? green.add(margin) : green.subtract(margin);
          assertThat(rag(value, polarity, target, scheme, sameLastYear(draw))).isEqualTo(Rag.GREEN);
        });
  }

  @Test
  void aValueShortOfTheLastGreenLineIsNeverGreen() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal shortfall = draw.decimal("0.1", "30", 1);
          BigDecimal green = lastGreen(scheme, target, polarity);
          BigDecimal value =
              polarity == Polarity.HIGH ? green.subtract(shortfall) : green.add(shortfall);
          assertThat(rag(value, polarity, target, scheme, sameLastYear(draw)))
              .isNotEqualTo(Rag.GREEN);
        });
  }

  @Test
  void beyondTheBandAValueIsAmberExactlyWhenItIsNoWorseThanAYearEarlier() {
    forAll(
        draw -> {
          RagScheme scheme = new RagScheme.RelativeBandWithTravel(draw.decimal("0.1", "50", 1));
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal shortfall = draw.decimal("0.1", "30", 1);
          BigDecimal edge = lastGreen(scheme, target, polarity);
          BigDecimal value =
              polarity == Polarity.HIGH ? edge.subtract(shortfall) : edge.add(shortfall);
          Earlier lastYear = sameLastYear(draw);
          boolean noWorse =
              lastYear != null
                  && lastYear.figure().isNumber()
                  && RagRating.atOrBetter(value, lastYear.figure().number(), polarity);
          assertThat(rag(value, polarity, target, scheme, lastYear))
              .isEqualTo(noWorse ? Rag.AMBER : Rag.RED);
        });
  }

  @Test
  void movingAValueTowardTheGoodSideNeverWorsensItsRating() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal value = draw.decimal("-50", "150", 2);
          BigDecimal step = draw.decimal("0", "40", 2);
          BigDecimal better = polarity == Polarity.HIGH ? value.add(step) : value.subtract(step);
          Earlier lastYear = sameLastYear(draw);
          Rag before = rag(value, polarity, target, scheme, lastYear);
          Rag after = rag(better, polarity, target, scheme, lastYear);
          assertThat(before.isBetterThan(after)).as("%s then %s", before, after).isFalse();
        });
  }

  @Test
  void everyRatingSaysWhyInWordsThatNameItsColour() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal value = draw.decimal("0", "100", 1);
          Rating rating =
              RagRating.rate(
                  Figure.of(value), polarity, Unit.PERCENT, target, scheme, sameLastYear(draw));
          assertThat(rating.reason()).startsWith(rating.rag().word() + ":");
        });
  }

  @Test
  void noPolarityOrAMarkerIsNeverRated() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Marker marker = draw.of(Marker.class);
          BigDecimal value = draw.decimal("0", "100", draw.integer(0, 4));
          assertThat(
                  RagRating.rate(Figure.of(value), Polarity.NONE, Unit.PERCENT, target, scheme)
                      .rag())
              .isEqualTo(Rag.NOT_RATED);
          assertThat(
                  RagRating.rate(Figure.marked(marker), Polarity.HIGH, Unit.PERCENT, target, scheme)
                      .rag())
              .isEqualTo(Rag.NOT_RATED);
        });
  }
}
