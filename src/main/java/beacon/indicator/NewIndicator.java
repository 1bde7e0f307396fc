package beacon.indicator;

import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.util.Objects;

/** An indicator to add to an organisation's catalogue; portfolio, priority and theme are names. */
public record NewIndicator(
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
    String priority,
    String theme,
    String reportedFrom,
    String reportedTo,
    int position,
    String note) {

  public NewIndicator {
    Objects.requireNonNull(code, "an indicator needs a code");
    Objects.requireNonNull(title, "an indicator needs a title");
    Objects.requireNonNull(polarity, "an indicator needs a polarity (high, low, none or close)");
    Objects.requireNonNull(unit, "an indicator needs a unit");
    Objects.requireNonNull(frequency, "an indicator needs a frequency");
    status = status == null ? IndicatorStatus.ACTIVE : status;
  }
}
