package beacon.publishing;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A paper was not published because it prints commentary not yet approved; the API answers it as a
 * problem (409) naming the indicators.
 */
public class CommentaryNotApprovedException extends ResponseStatusException {

  private final List<String> indicators;

  /**
   * @param indicators each indicator whose commentary is not approved, as "CODE Title"
   */
  public CommentaryNotApprovedException(String periodLabel, List<String> indicators) {
    super(
        HttpStatus.CONFLICT,
        "The paper prints commentary for "
            + periodLabel
            + " that is not approved yet: "
            + String.join("; ", indicators)
            + ". Approve it before publishing.");
    this.indicators = List.copyOf(indicators);
  }

  /** The indicators whose commentary is not approved, as "CODE Title". */
  public List<String> indicators() {
    return indicators;
  }
}
