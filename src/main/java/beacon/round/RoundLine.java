package beacon.round;

import beacon.rules.round.RoundState;
import beacon.web.PeriodView;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator due in a collection round, and how far it has got.
 *
 * @param valuePeriod the period of the value the round asks for
 * @param due the date its next step is due; null once its commentary is submitted
 * @param assignedTo the names of the accounts assigned to it, directly or through its portfolio
 * @param returnedBecause why its commentary was returned for changes, while it waits for them; null
 *     otherwise
 */
public record RoundLine(
    long indicatorId,
    String code,
    String title,
    String portfolio,
    PeriodView valuePeriod,
    RoundState state,
    LocalDate due,
    boolean overdue,
    List<String> assignedTo,
    String returnedBecause) {}
