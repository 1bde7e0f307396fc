package beacon.rules.round;

/**
 * Where an indicator is in a collection round, on the way from its figure to the words approved for
 * the paper. The figure comes first: commentary written before it arrived leaves the indicator
 * awaiting data, since the paper cannot print the words without the figure.
 */
public enum RoundState {
  AWAITING_DATA,
  DATA_ENTERED,
  COMMENTARY_SUBMITTED,
  APPROVED;

  /**
   * @param dataEntered whether the value (or a marker such as "New") the paper will print for the
   *     round has been recorded
   * @param commentary how far the commentary for the reporting period has gone
   */
  public static RoundState of(boolean dataEntered, CommentaryStage commentary) {
    if (!dataEntered) {
      return AWAITING_DATA;
    }
    return switch (commentary) {
      case APPROVED -> APPROVED;
      case SUBMITTED -> COMMENTARY_SUBMITTED;
      case NONE, DRAFT -> DATA_ENTERED;
    };
  }

  /** Whether this state is {@code other} or further on. */
  public boolean reached(RoundState other) {
    return compareTo(other) >= 0;
  }
}
