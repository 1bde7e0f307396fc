package beacon.web;

import beacon.rules.period.Period;

/** A period as the API shows it: its code and its label. */
public record PeriodView(String code, String label) {

  public static PeriodView of(Period period) {
    return period == null ? null : new PeriodView(period.code(), period.label());
  }
}
