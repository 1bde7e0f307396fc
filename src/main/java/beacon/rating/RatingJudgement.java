package beacon.rating;

import beacon.rules.rating.Rag;
import java.time.Instant;

/** A rating given by a person for an indicator and reporting period: assessed or an override. */
public record RatingJudgement(
    long indicatorId,
    String reportingPeriodCode,
    RatingBasis kind,
    Rag rag,
    String reason,
    Instant recordedAt,
    String recordedBy) {}
