package beacon.setup;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a council that is not one of the DfE's authorities (a children's trust, a
 * partnership): capital letters, digits and hyphens, beginning with a letter, at most 20
 * characters. An authority's code is three digits, so the two can never be taken for each other,
 * and a code is safe in every address of Beacon.
 */
public final class OwnCode {

  public static final int LONGEST = 20;
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]*");

  private OwnCode() {}

  /** What is wrong with the code, in words for the person who typed it; empty if nothing. */
  public static Optional<String> problem(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("Enter a code for the organisation, such as SCT for a children's trust");
    }
    String typed = code.strip();
    if (typed.length() > LONGEST) {
      return Optional.of("The code must be " + LONGEST + " characters or fewer");
    }
    if (!SHAPE.matcher(typed).matches()) {
      return Optional.of(
          "The code must start with a capital letter and have only capital letters, digits and"
              + " hyphens, such as SCT or WEST-PARTNERSHIP");
    }
    return Optional.empty();
  }
}
