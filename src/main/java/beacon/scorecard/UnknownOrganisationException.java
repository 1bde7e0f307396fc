package beacon.scorecard;

/** No organisation has the code asked for. */
public class UnknownOrganisationException extends RuntimeException {

  public UnknownOrganisationException(String code) {
    super("There is no organisation with the code '" + code + "'");
  }
}
