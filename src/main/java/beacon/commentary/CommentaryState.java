package beacon.commentary;

/** Where commentary is on its way to a paper. */
public enum CommentaryState {
  DRAFT,
  SUBMITTED,
  APPROVED
}
