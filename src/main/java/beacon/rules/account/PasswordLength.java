package beacon.rules.account;

import java.nio.charset.StandardCharsets;

/**
 * How long a password may be: at least {@link #MIN_CHARACTERS} characters, as the NCSC advises,
 * with no other rule; and no more than {@link #MAX_BYTES} bytes in UTF-8, all bcrypt reads of a
 * password. A longer one is refused rather than cut short without saying (a password whose first 72
 * bytes were right would sign in) or hashed in two steps (a scheme of Beacon's own). Most people
 * never meet the limit: it is 72 letters, digits and spaces, fewer with accented letters or
 * symbols, which take 2 to 4 bytes each.
 */
public final class PasswordLength {

  public static final int MIN_CHARACTERS = 12;
  public static final int MAX_BYTES = 72;

  /** What is wrong with a password's length. */
  public enum Problem {
    TOO_SHORT,
    TOO_LONG
  }

  private PasswordLength() {}

  /** What is wrong with the password's length; null when nothing is. */
  public static Problem of(String password) {
    if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
      return Problem.TOO_SHORT;
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Problem.TOO_LONG;
    }
    return null;
  }
}
