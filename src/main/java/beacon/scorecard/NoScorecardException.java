package beacon.scorecard;

import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organisation reports no indicator in the reporting period asked for, or the period has not
 * ended.
 */
@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Unknown reporting period")
public class NoScorecardException extends RuntimeException {

  public NoScorecardException(Organisation organisation, Period period) {
    this(organisation, period, "");
  }

  private NoScorecardException(Organisation organisation, Period period, String why) {
    super(
        organisation.name()
            + " ("
            + organisation.code()
            + ") reports no indicators for "
            + period.label()
            + " ("
            + period.code()
            + ")"
            + why);
  }

  /** The reporting period has not ended: no report is made for it, whatever is recorded. */
  public static NoScorecardException notEnded(Organisation organisation, Period period) {
    return new NoScorecardException(organisation, period, ", which has not ended");
  }
}
