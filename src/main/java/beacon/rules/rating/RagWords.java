package beacon.rules.rating;

import java.util.Locale;
import java.util.Objects;

/**
 * The words a council prints for its ratings: Red, Amber and Green as they are, and its own name
 * for a value it does not rate, with the colour of its tag (Havering 2024/25: "Blue", narrative
 * only or no target). Every page and paper of the council shows the same word.
 *
 * @param notRated the word for a value not rated: "Not rated" unless the council names it
 */
public record RagWords(String notRated, Colour notRatedColour) {

  /** The words of a council that has not named its own. */
  public static final RagWords STANDARD = new RagWords("Not rated", Colour.GREY);

  /** The longest name a council may give. */
  public static final int LONGEST = 30;

  /**
   * The colours a value not rated may be shown in: the GOV.UK tag colours that no rating uses, so
   * that it is never taken for Red, Amber or Green. Fill and text as RGB hex, for papers.
   */
  public enum Colour {
    GREY("Grey", "E5E6E7", "0B0C0C"),
    BLUE("Blue", "BBD4EA", "0C2D4A"),
    LIGHT_BLUE("Light blue", "D2E2F1", "0C2D4A"),
    PURPLE("Purple", "DBD5E9", "3D2375"),
    PINK("Pink", "EFCFE1", "6B1C40"),
    TURQUOISE("Turquoise", "BFE3E0", "10403C");

    private final String word;
    private final String fill;
    private final String text;

    Colour(String word, String fill, String text) {
      this.word = word;
      this.fill = fill;
      this.text = text;
    }

    public String word() {
      return word;
    }

    public String fill() {
      return fill;
    }

    public String text() {
      return text;
    }

    /**
     * The colour of a name: "BLUE", or as a council reads it, "Light blue".
     *
     * @throws IllegalArgumentException naming the colours there are
     */
    public static Colour named(String name) {
      String typed = name.strip();
      for (Colour colour : values()) {
        if (colour.name().equalsIgnoreCase(typed.replace(' ', '_'))) {
          return colour;
        }
      }
      throw new IllegalArgumentException(
          "A value not rated is shown in grey, blue, light blue, purple, pink or turquoise, not "
              + typed);
    }

    /** The GOV.UK Design System's class for a tag of this colour: "govuk-tag--light-blue". */
    public String tagClass() {
      return "govuk-tag--" + name().toLowerCase(Locale.UK).replace('_', '-');
    }
  }

  public RagWords {
    Objects.requireNonNull(notRated, "a council's words name a value not rated");
    Objects.requireNonNull(notRatedColour, "a value not rated has a colour");
    notRated = notRated.strip();
    if (notRated.isEmpty()) {
      throw new IllegalArgumentException("The name for a value not rated cannot be blank");
    }
    if (notRated.length() > LONGEST) {
      throw new IllegalArgumentException(
          "The name for a value not rated is at most " + LONGEST + " characters");
    }
    for (Rag rag : new Rag[] {Rag.RED, Rag.AMBER, Rag.GREEN}) {
      if (notRated.equalsIgnoreCase(rag.word())) {
        throw new IllegalArgumentException(
            "A value not rated cannot be called " + rag.word() + ": that is a rating");
      }
    }
  }

  /**
   * The words a council set: its name for a value not rated and that name's colour, as kept; the
   * standard words where it named none.
   *
   * @param colour a {@link Colour}'s name; grey when null
   */
  public static RagWords of(String notRated, String colour) {
    if (notRated == null || notRated.isBlank()) {
      return STANDARD;
    }
    return new RagWords(
        notRated, colour == null || colour.isBlank() ? Colour.GREY : Colour.named(colour));
  }

  /** Whether these are the council's own words rather than the standard ones. */
  public boolean named() {
    return !equals(STANDARD);
  }

  /** The word a rating is printed as: "Red", or the council's "Blue" for a value not rated. */
  public String word(Rag rag) {
    return rag == null || rag == Rag.NOT_RATED ? notRated : rag.word();
  }

  /**
   * The name of a rating's colour in a paper's style: the rating's own ("RED"), or for a value not
   * rated the colour the council chose ("BLUE").
   */
  public String colourOf(Rag rag) {
    return rag == null || rag == Rag.NOT_RATED ? notRatedColour.name() : rag.name();
  }

  /**
   * A rating's reason as the council words it: a reason that opens "Not rated" opens with the
   * council's name instead ("Blue: no target covers Q2 2024/25").
   */
  public String reason(String reason) {
    String standard = Rag.NOT_RATED.word();
    return reason != null && reason.startsWith(standard) && named()
        ? notRated + reason.substring(standard.length())
        : reason;
  }
}
