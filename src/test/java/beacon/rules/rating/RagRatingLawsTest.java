package beacon.rules.rating;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRatingLawsTest {

  static RagScheme schemes(Draw draw) {
    return draw.oneOf(
        d -> RagScheme.twoState(),
        d -> new RagScheme.RelativeBand(d.decimal("0.1", "50", 1)),
        d -> new RagScheme.AbsoluteBand(d.decimal("0.1", "50", 1)),
        d -> RagScheme.floorStandard());
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
          assertThat(RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag())
              .isEqualTo(Rag.GREEN);
        });
  }

  @Test
  void aValueShortOfTheGreenThresholdIsNeverGreen() {
    forAll(
        draw -> {
          RagScheme scheme = schemes(draw);
          Target target = targets(draw);
          Polarity polarity = polarities(draw);
          BigDecimal shortfall = draw.decimal("0.1", "30", 1);
          BigDecimal green = target.greenThreshold(polarity);
          BigDecimal value =
              polarity == Polarity.HIGH ? green.subtract(shortfall) : green.add(shortfall);
          assertThat(RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag())
              .isNotEqualTo(Rag.GREEN);
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
          Rag before =
              RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme).rag();
          Rag after =
              RagRating.rate(Figure.of(better), polarity, Unit.PERCENT, target, scheme).rag();
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
          Rating rating = RagRating.rate(Figure.of(value), polarity, Unit.PERCENT, target, scheme);
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
