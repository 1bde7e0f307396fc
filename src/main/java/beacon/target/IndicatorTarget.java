package beacon.target;

import beacon.rules.period.Period;
import beacon.rules.rating.Target;

/** A target set for an indicator for a period (usually a financial or academic year). */
public record IndicatorTarget(
    long id, long indicatorId, Period period, Target target, String note) {}
