package beacon.round;

import beacon.rules.round.DueDates;
import java.time.Instant;

/**
 * Due dates a round once had, kept when they were changed: when and by whom they were set, and
 * when, by whom and why they were replaced.
 */
public record EarlierDueDates(
    DueDates dueDates,
    Instant setAt,
    String setBy,
    Instant replacedAt,
    String replacedBy,
    String reason) {}
