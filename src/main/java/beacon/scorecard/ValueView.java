package beacon.scorecard;

import beacon.rules.rating.Marker;
import beacon.web.PeriodView;
import java.math.BigDecimal;

/**
 * The value a scorecard shows for an indicator.
 *
 * @param display as printed: "83%", "37.4", "New Definition"
 * @param behindReportingPeriod true when the value's own period ended before the reporting period
 *     began
 */
public record ValueView(
    BigDecimal value,
    String display,
    BigDecimal numerator,
    BigDecimal denominator,
    Marker marker,
    boolean provisional,
    PeriodView period,
    boolean behindReportingPeriod,
    String note) {}
