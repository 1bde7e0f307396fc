package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class RagRatingLawsTest {

  @Provide
  Arbitrary<RagScheme> schemes() {
    Arbitrary<BigDecimal> bands =
        Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("50")).ofScale(1);
    return Arbitraries.oneOf(
        Arbitraries.just(RagScheme.twoState()),
        bands.map(RagScheme.RelativeBand::new),
        bands.map(RagScheme.AbsoluteBand::new),
        Arbitraries.just(RagScheme.floorStandard()));
  }

  @Provide
  Arbitrary<Target> targets() {
    Arbitrary<BigDecimal> numbers =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
    Arbitrary<BigDecimal> tolerances =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20")).ofScale(1);
    return Combinators.combine(numbers, tolerances, numbers).as(Target::new);
  }

  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.HIGH, Polarity.LOW);
  }

  @Property
  void aValueMeetingTheGreenThresholdIsGreenUnderAnyScheme(
      @ForAll("schemes") RagScheme scheme,
      @ForAll("targets") Target target,
      @ForAll("polarities") Polarity polarity,
      @ForAll @BigRange(min = "0", max = "30") @Scale(1) BigDecimal margin) {
    BigDecimal green = target.greenThreshold(polarity);
    BigDecimal value = polarity == Polarity.HIGH ? green.add(margin) : green.subtract(margin);
    assertThat(RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag())
        .isEqualTo(Rag.GREEN);
  }

  @Property
  void aValueShortOfTheGreenThresholdIsNeverGreen(
      @ForAll("schemes") RagScheme scheme,
      @ForAll("targets") Target target,
      @ForAll("polarities") Polarity polarity,
      @ForAll @BigRange(min = "0.1", max = "30") @Scale(1) BigDecimal shortfall) {
    BigDecimal green = target.greenThreshold(polarity);
    BigDecimal value = polarity == Polarity.HIGH ? green.subtract(shortfall) : green.add(shortfall);
    assertThat(RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag())
        .isNotEqualTo(Rag.GREEN);
  }

  @Property
  void movingAValueTowardTheGoodSideNeverWorsensItsRating(
      @ForAll("schemes") RagScheme scheme,
      @ForAll("targets") Target target,
      @ForAll("polarities") Polarity polarity,
      @ForAll @BigRange(min = "-50", max = "150") @Scale(2) BigDecimal value,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal step) {
    BigDecimal better = polarity == Polarity.HIGH ? value.add(step) : value.subtract(step);
    Rag before = RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag();
    Rag after = RagRating.rate(Figure.of(better), polarity, Unit.PERCENT, target, scheme).rag();
    assertThat(before.isBetterThan(after)).as("%s then %s", before, after).isFalse();
  }

  @Property
  void everyRatingSaysWhyInWordsThatNameItsColour(
      @ForAll("schemes") RagScheme scheme,
      @ForAll("targets") Target target,
      @ForAll("polarities") Polarity polarity,
      @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal value) {
    Rating rating = RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme);
    assertThat(rating.reason()).startsWith(rating.rag().word() + ":");
  }

  @Property
  void noPolarityOrAMarkerIsNeverRated(
      @ForAll("schemes") RagScheme scheme,
      @ForAll("targets") Target target,
      @ForAll Marker marker,
      @ForAll @BigRange(min = "0", max = "100") BigDecimal value) {
    assertThat(RagRating.rate(Figure.of(value), Polarity.NONE, Unit.PERCENT, target, scheme).rag())
        .isEqualTo(Rag.NOT_RATED);
    assertThat(
            RagRating.rate(Figure.marked(marker), Polarity.HIGH, Unit.PERCENT, target, scheme)
                .rag())
        .isEqualTo(Rag.NOT_RATED);
  }
}
