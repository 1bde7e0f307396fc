package beacon.trend;

import beacon.rules.period.Covering;
import beacon.rules.period.Period;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RagRating;
import beacon.rules.rating.SchemeUse;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.IndicatorTarget;
import beacon.value.IndicatorValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Each value of an indicator's series with the target that covers its period and its rating under
 * the scheme in force at the period's end, by the same rules as the scorecard: {@link Covering},
 * {@link SchemeUse#inForce} and {@link RagRating}.
 */
public final class RatedValues {

  private RatedValues() {}

  /**
   * A value as the page's table prints it.
   *
   * @param display the number as written ("83%") or the marker ("New Definition")
   * @param numerator the numerator as written, when both it and the denominator are recorded ("122"
   *     of "182"), else null
   * @param target the target covering the value's period, or null
   * @param targetDisplay as printed: "100% (5% tolerance)"
   */
  public record Row(
      IndicatorValue value,
      String display,
      String numerator,
      String denominator,
      BigDecimal target,
      String targetDisplay,
      Rag rag,
      String reason) {

    public Period period() {
      return value.period();
    }

    public boolean marked() {
      return !value.figure().isNumber();
    }
  }

  public static List<Row> rate(
      String indicatorCode,
      Polarity polarity,
      Unit unit,
      List<IndicatorValue> series,
      List<IndicatorTarget> targets,
      List<SchemeUse> schemes) {
    return series.stream()
        .map(value -> row(indicatorCode, polarity, unit, value, targets, schemes))
        .toList();
  }

  private static Row row(
      String indicatorCode,
      Polarity polarity,
      Unit unit,
      IndicatorValue value,
      List<IndicatorTarget> targets,
      List<SchemeUse> schemes) {
    Optional<Target> target =
        Covering.narrowest(targets, IndicatorTarget::period, value.period())
            .map(IndicatorTarget::target);
    Optional<SchemeUse> scheme = SchemeUse.inForce(schemes, indicatorCode, value.period().end());
    var rating =
        RagRating.rate(
            value.figure(),
            polarity,
            unit,
            target.orElse(null),
            scheme.map(SchemeUse::scheme).orElse(null));
    return new Row(
        value,
        value.figure().display(unit),
        counted(value) ? Unit.plain(value.numerator()) : null,
        counted(value) ? Unit.plain(value.denominator()) : null,
        target.map(Target::value).orElse(null),
        target.map(t -> t.display(unit)).orElse(null),
        rating.rag(),
        rating.reason());
  }

  private static boolean counted(IndicatorValue value) {
    return value.numerator() != null && value.denominator() != null;
  }

  /** The rows with a number, for the chart. */
  public static List<TrendChart.Entry> chartEntries(List<Row> rows) {
    return rows.stream()
        .filter(row -> !row.marked())
        .map(
            row ->
                new TrendChart.Entry(
                    row.period().label(), row.value().figure().number(), row.target(), row.rag()))
        .toList();
  }
}
