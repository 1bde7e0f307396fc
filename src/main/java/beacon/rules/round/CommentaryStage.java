package beacon.rules.round;

/**
 * How far an indicator's commentary for the reporting period has gone: none written yet, or its
 * state.
 */
public enum CommentaryStage {
  NONE,
  DRAFT,
  SUBMITTED,
  APPROVED
}
