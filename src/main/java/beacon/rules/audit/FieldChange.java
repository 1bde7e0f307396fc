package beacon.rules.audit;

/**
 * One field of a row that a change set, altered or cleared.
 *
 * @param field the column, as the database names it ({@code period_code})
 * @param before what it was; null when it had no value or the row was new
 * @param after what it became; null when it has no value or the row was removed
 */
public record FieldChange(String field, String before, String after) {

  /** Longest a value is shown; the export keeps the whole rows. */
  static final int SHOWN = 200;

  /** The field in words: {@code period_code} is "period code". */
  public String label() {
    return field.replace('_', ' ');
  }

  /** The value before, cut to {@value #SHOWN} characters. */
  public String shownBefore() {
    return shorten(before);
  }

  /** The value after, cut to {@value #SHOWN} characters. */
  public String shownAfter() {
    return shorten(after);
  }

  /** The change as text: {@code value: 75 → 80}; a field set shows its new value only. */
  @Override
  public String toString() {
    if (before == null) {
      return label() + ": " + shorten(after);
    }
    return label() + ": " + shorten(before) + " → " + (after == null ? "(none)" : shorten(after));
  }

  private static String shorten(String text) {
    if (text == null || text.length() <= SHOWN) {
      return text;
    }
    return text.substring(0, SHOWN - 1) + "…";
  }
}
