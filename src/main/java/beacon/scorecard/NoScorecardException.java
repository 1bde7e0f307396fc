package beacon.scorecard;

import beacon.organisation.Organisation;
import beacon.rules.period.Period;

/** The organisation reports no indicator in the reporting period asked for. */
public class NoScorecardException extends RuntimeException {

  public NoScorecardException(Organisation organisation, Period period) {
    super(
        organisation.name()
            + " ("
            + organisation.code()
            + ") reports no indicators for "
            + period.label()
            + " ("
            + period.code()
            + ")");
  }
}
