package beacon.targets;

import beacon.rules.period.Period;
import beacon.rules.rating.Target;
import beacon.rules.version.SavedVersion;
import java.time.Instant;

/**
 * A target set for an indicator for a period (usually a financial or academic year).
 *
 * @param reason why this version replaced the one before it; null for a first target
 */
public record IndicatorTarget(
    long id,
    long indicatorId,
    Period period,
    Target target,
    String note,
    Instant recordedAt,
    String recordedBy,
    String reason)
    implements SavedVersion {}
