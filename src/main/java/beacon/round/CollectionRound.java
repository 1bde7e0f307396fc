package beacon.round;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import java.time.Instant;

/**
 * A collection round: an organisation's call for the figures and commentary of one reporting
 * quarter, by the due dates in force.
 *
 * @param datesSetBy who set the due dates in force: who opened the round, or who last changed them
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
    String datesSetBy) {}
