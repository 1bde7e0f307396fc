package beacon.rules.rating;

/** A rating with its reason in words. */
public record Rating(Rag rag, String reason) {

  public static Rating notRated(String why) {
    return new Rating(Rag.NOT_RATED, "Not rated: " + why);
  }
}
