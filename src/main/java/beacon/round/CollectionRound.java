package beacon.round;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.rules.version.SavedVersion;
import java.time.Instant;

/**
 * A collection round: an organisation's call for the figures and commentary of one reporting
 * quarter, by the due dates in force.
 *
 * @param datesSetBy who set the due dates in force: who opened the round, or who last changed them
 * @param datesVersion how many times the due dates were changed: the version of the dates in force,
 *     which the form to change them carries
 */
public record CollectionRound(
    long id,
    long organisationId,
    FinancialQuarter reportingPeriod,
    DueDates dueDates,
    Instant openedAt,
    String openedBy,
    String note,
    Instant datesSetAt,
    String datesSetBy,
    int datesVersion) {

  /** The due dates in force as a version: who set them and when. */
  public DatesInForce datesInForce() {
    return new DatesInForce(datesVersion, dueDates, datesSetBy, datesSetAt);
  }

  /** The due dates in force, the version {@code id} of the round's dates. */
  public record DatesInForce(long id, DueDates dates, String recordedBy, Instant recordedAt)
      implements SavedVersion {}
}
