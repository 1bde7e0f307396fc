package beacon.scorecard;

import beacon.rules.rating.Rag;
import beacon.rules.travel.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which scorecard lines a reader asked to see: by portfolio, priority, theme, rating, direction of
 * travel since the previous value, and words in the code, title or definition. A blank criterion
 * keeps every line; {@link #NONE} asks for the lines without a portfolio, priority or theme.
 */
public record IndicatorFilter(
    String portfolio, String priority, String theme, Rag rag, Direction direction, String text) {

  /** The value asking for lines with no portfolio, priority or theme. */
  public static final String NONE = "none";

  public static final IndicatorFilter EVERYTHING =
      new IndicatorFilter(null, null, null, null, null, null);

  public IndicatorFilter {
    portfolio = blankToNull(portfolio);
    priority = blankToNull(priority);
    theme = blankToNull(theme);
    text = blankToNull(text);
  }

  /**
   * A filter from what a reader typed or chose; a rating or direction that is not one of their
   * names is ignored.
   */
  public static IndicatorFilter of(
      String portfolio, String priority, String theme, String rag, String direction, String text) {
    return new IndicatorFilter(
        portfolio,
        priority,
        theme,
        named(Rag.class, rag).orElse(null),
        named(Direction.class, direction).orElse(null),
        text);
  }

  public List<ScorecardLine> apply(List<ScorecardLine> lines) {
    if (isEverything()) {
      return lines;
    }
    String words = text == null ? null : text.toLowerCase(Locale.ROOT);
    List<ScorecardLine> kept = new ArrayList<>();
    for (ScorecardLine line : lines) {
      if (matches(line, words)) {
        kept.add(line);
      }
    }
    return kept;
  }

  public boolean test(ScorecardLine line) {
    return matches(line, text == null ? null : text.toLowerCase(Locale.ROOT));
  }

  public boolean isEverything() {
    return equals(EVERYTHING);
  }

  /** The direction a line moved since its previous value; no value counts as no comparison. */
  public static Direction directionOf(ScorecardLine line) {
    return line.sincePreviousValue() == null
        ? Direction.NO_COMPARISON
        : line.sincePreviousValue().direction();
  }

  private boolean matches(ScorecardLine line, String words) {
    return grouped(portfolio, line.portfolio())
        && grouped(priority, line.priority())
        && grouped(theme, line.theme())
        && (rag == null || rag == line.rag())
        && (direction == null || direction == directionOf(line))
        && (words == null || mentions(line, words));
  }

  private static boolean grouped(String wanted, String actual) {
    if (wanted == null) {
      return true;
    }
    return NONE.equals(wanted) ? actual == null || actual.isBlank() : wanted.equals(actual);
  }

  private static boolean mentions(ScorecardLine line, String words) {
    return contains(line.code(), words)
        || contains(line.title(), words)
        || contains(line.definition(), words);
  }

  private static boolean contains(String field, String words) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(words);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The distinct non-blank values of a field, in the order the lines first give them. */
  public static List<String> distinct(
      List<ScorecardLine> lines, Function<ScorecardLine, String> field) {
    return lines.stream()
        .map(field)
        .filter(value -> value != null && !value.isBlank())
        .distinct()
        .toList();
  }

  /** True when some line has no value for the field. */
  public static boolean anyWithout(
      List<ScorecardLine> lines, Function<ScorecardLine, String> field) {
    return lines.stream().map(field).anyMatch(value -> value == null || value.isBlank());
  }
}
