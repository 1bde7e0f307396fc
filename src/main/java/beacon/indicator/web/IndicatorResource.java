package beacon.indicator.web;

import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.indicator.TargetType;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import beacon.web.PeriodView;

/**
 * An indicator's definition as the API shows it: what it measures, which way is good, how its
 * figures are written and recorded, and where it sits in the council's papers.
 *
 * @param aimTo the polarity as papers print it: "Aim to Maximise"
 * @param dataPeriod the data period as councils describe it: "Month only (not quarterly data)"
 * @param lagMonths how long after a period ends its value becomes available
 * @param reportedFrom the first financial year it is reported in; null when always
 * @param reportedTo the last financial year it is reported in; null when still reported
 */
record IndicatorResource(
    String code,
    String title,
    String definition,
    Polarity polarity,
    String aimTo,
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
    PeriodView reportedFrom,
    PeriodView reportedTo,
    String note) {

  static IndicatorResource of(Indicator indicator) {
    return new IndicatorResource(
        indicator.code(),
        indicator.title(),
        indicator.definition(),
        indicator.polarity(),
        indicator.polarity() == null ? null : indicator.polarity().aimTo(),
        indicator.unit(),
        indicator.decimalPlaces(),
        indicator.frequency(),
        indicator.dataPeriod(),
        indicator.lagMonths(),
        indicator.targetType(),
        indicator.owner(),
        indicator.status(),
        indicator.portfolio(),
        indicator.cabinetMember(),
        indicator.priority(),
        indicator.theme(),
        year(indicator.reportedFrom()),
        year(indicator.reportedTo()),
        indicator.note());
  }

  private static PeriodView year(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return PeriodView.of(Periods.fromCode(code));
    } catch (PeriodFormatException e) {
      return new PeriodView(code, code);
    }
  }
}
