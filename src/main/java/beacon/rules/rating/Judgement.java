package beacon.rules.rating;

import java.util.Objects;

/**
 * A rating given by a person for a reporting period: assessed where Beacon holds no figures (as a
 * paper printed it), or an override of the computed rating, with the reason and who gave it.
 */
public record Judgement(RatingBasis kind, Rag rag, String reason, String recordedBy) {

  public Judgement {
    Objects.requireNonNull(kind, "a judgement says whether it is assessed or an override");
    Objects.requireNonNull(rag, "a judgement gives a rating");
    if (kind == RatingBasis.COMPUTED) {
      throw new IllegalArgumentException("A computed rating is no person's judgement");
    }
  }
}
