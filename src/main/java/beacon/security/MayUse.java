package beacon.security;

import org.springframework.http.HttpMethod;

/**
 * What the reader of a page may use, for the page's controls: {@code ${#may.get(href)}} for a link,
 * {@code ${#may.post(action)}} for a form that changes something, each asked with the address the
 * control points at, as the page writes it (with the application's path, when Beacon has one).
 * Decided by {@link RouteAccess}, as the request would be.
 */
public final class MayUse {

  private final RouteAccess.Answers answers;
  private final String applicationPath;

  MayUse(RouteAccess.Answers answers, String applicationPath) {
    this.answers = answers;
    this.applicationPath = applicationPath == null ? "" : applicationPath;
  }

  /** Whether the reader may follow a link to this address. */
  public boolean get(String address) {
    return allows(HttpMethod.GET, address);
  }

  /** Whether the reader may send a form to this address. */
  public boolean post(String address) {
    return allows(HttpMethod.POST, address);
  }

  /** Whether the reader may send this method to this address, as a page writes it. */
  boolean allows(HttpMethod method, String address) {
    if (address == null || address.isEmpty()) {
      return false;
    }
    String within = address;
    int fragment = within.indexOf('#');
    if (fragment >= 0) {
      within = within.substring(0, fragment);
    }
    if (!applicationPath.isEmpty()
        && (within.equals(applicationPath) || within.startsWith(applicationPath + "/"))) {
      within = within.substring(applicationPath.length());
    }
    if (within.isEmpty()) {
      within = "/";
    }
    if (!within.startsWith("/")) {
      throw new IllegalArgumentException(
          "A control's address must be one of Beacon's, from its root: " + address);
    }
    return answers.allows(method, within);
  }
}
