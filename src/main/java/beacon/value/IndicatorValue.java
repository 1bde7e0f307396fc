package beacon.value;

import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import beacon.rules.version.SavedVersion;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value recorded for an indicator and its own period: a number (with its numerator and
 * denominator when given, "122 of 182") or a marker such as "New Definition".
 *
 * @param reason why this version replaced the one before it; null for a first entry
 */
public record IndicatorValue(
    long id,
    long indicatorId,
    Period period,
    Figure figure,
    BigDecimal numerator,
    BigDecimal denominator,
    boolean provisional,
    String note,
    String source,
    Instant recordedAt,
    String recordedBy,
    String reason)
    implements SavedVersion {}
