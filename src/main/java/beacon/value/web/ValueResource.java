package beacon.value.web;

import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import beacon.value.IndicatorValue;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value as the API shows it: the number, or a marker in its place, for the value's own period.
 *
 * @param display as papers print it: "83%", "New Definition"
 * @param reason why this version replaced the one before it; absent for a first entry
 */
record ValueResource(
    PeriodView period,
    BigDecimal value,
    Marker marker,
    String display,
    BigDecimal numerator,
    BigDecimal denominator,
    boolean provisional,
    String note,
    String source,
    String recordedBy,
    Instant recordedAt,
    String reason) {

  static ValueResource of(IndicatorValue value, Unit unit) {
    return new ValueResource(
        PeriodView.of(value.period()),
        value.figure().number(),
        value.figure().marker(),
        value.figure().display(unit),
        value.numerator(),
        value.denominator(),
        value.provisional(),
        value.note(),
        value.source(),
        value.recordedBy(),
        value.recordedAt(),
        value.reason());
  }
}
