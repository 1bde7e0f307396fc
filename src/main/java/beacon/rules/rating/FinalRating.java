package beacon.rules.rating;

/**
 * The rating a value carries in its context, the one every page and paper shows: computed from the
 * value, the target covering its period and the RAG scheme in force ({@link RagRating}), or, where
 * a person gave a judgement for the report, that judgement, with the computed rating kept beside
 * it.
 *
 * @param basis whether the rating was computed, assessed by a person, or overridden
 * @param computed the rating Beacon computes, shown beside an assessed or overridden one
 * @param reason why, in words; for a judgement, whose and why, and for an override the computed
 *     rating's reason too
 */
public record FinalRating(Rag rag, RatingBasis basis, Rating computed, String reason) {

  /**
   * @param value the value, or null when there is none
   * @param target the target covering the value's period, or null when none does
   * @param scheme the scheme in force for the report, or null when none is
   * @param judgement the judgement given for the report, or null when none was
   */
  public static FinalRating of(
      Figure value,
      Polarity polarity,
      Unit unit,
      Target target,
      RagScheme scheme,
      Judgement judgement) {
    return of(value, polarity, unit, target, scheme, null, judgement);
  }

  /**
   * @param sameLastYear the value of the same period a year earlier, or null when there is none
   */
  public static FinalRating of(
      Figure value,
      Polarity polarity,
      Unit unit,
      Target target,
      RagScheme scheme,
      Earlier sameLastYear,
      Judgement judgement) {
    return of(RagRating.rate(value, polarity, unit, target, scheme, sameLastYear), judgement);
  }

  /**
   * The rating a value carries given the rating Beacon computes for it (or the reason it is not
   * rated) and the judgement given for the report, if any.
   */
  public static FinalRating of(Rating computed, Judgement judgement) {
    if (judgement == null) {
      return new FinalRating(computed.rag(), RatingBasis.COMPUTED, computed, computed.reason());
    }
    String word = judgement.rag().word();
    String reason =
        judgement.kind() == RatingBasis.ASSESSED
            ? word + ": assessed, not computed (" + judgement.reason() + ")"
            : word
                + ": overridden by "
                + judgement.recordedBy()
                + " because "
                + judgement.reason()
                + ". Computed rating: "
                + computed.reason();
    return new FinalRating(judgement.rag(), judgement.kind(), computed, reason);
  }
}
