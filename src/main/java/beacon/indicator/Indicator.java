package beacon.indicator;

import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;

/**
 * A performance indicator ("PI", "measure") in an organisation's catalogue, with where it sits
 * (portfolio, priority, theme) and how its figures are read.
 *
 * @param frequency the kind of period its values are recorded against
 * @param dataPeriod the data period as councils describe it, e.g. "Month only (not quarterly data)"
 * @param lagMonths how long after a period ends its value becomes available ("runs one year
 *     behind": 12)
 */
public record Indicator(
    long id,
    long organisationId,
    String code,
    String title,
    String definition,
    Polarity polarity,
    Unit unit,
    int decimalPlaces,
    PeriodType frequency,
    String dataPeriod,
    int lagMonths,
    TargetType targetType,
    String owner,
    IndicatorStatus status,
    String portfolio,
    String cabinetMember,
    String priority,
    String theme,
    Integer themePosition,
    String reportedFrom,
    String reportedTo,
    int position,
    String note) {}
