package beacon.rules.rating;

/** Where a rating comes from. */
public enum RatingBasis {
  /** Computed by Beacon from the value, the target and the RAG scheme. */
  COMPUTED,
  /** Given by a person where Beacon holds no figures, e.g. as printed in a paper. */
  ASSESSED,
  /** Given by an officer in place of the computed rating, with a reason. */
  OVERRIDE
}
