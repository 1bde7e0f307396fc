package beacon.rating;

import beacon.rules.rating.Judgement;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import java.time.Instant;

/** A rating given by a person for an indicator and reporting period: assessed or an override. */
public record RatingJudgement(
    long indicatorId,
    String reportingPeriodCode,
    RatingBasis kind,
    Rag rag,
    String reason,
    Instant recordedAt,
    String recordedBy) {

  /** The judgement as the rules rate with it. */
  public Judgement judgement() {
    return new Judgement(kind, rag, reason, recordedBy);
  }
}
