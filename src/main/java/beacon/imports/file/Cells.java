package beacon.imports.file;

import beacon.rules.rating.Marker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the texts councils write in cells: numbers ("85", "85.5", "85%", "1,234.5"), yes-or-no
 * flags ("yes", "Y", "1", "TRUE"), days ("30/11/2019") and markers written in place of a figure
 * ("New", "Not available"). Each refuses what it cannot read with a {@link CellFormatException}
 * saying what was expected.
 */
public final class Cells {

  /** Digits, commas only between groups of three, a decimal point, an exponent. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?=\\.?\\d)(\\d+|\\d{1,3}(,\\d{3})+)?(\\.\\d+)?([eE][-+]?\\d{1,3})?");

  private static final List<DateTimeFormatter> DAYS =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d{1,2}");

  private Cells() {}

  /**
   * A number written as councils write it. A percentage ("85%") reads as the number of per cent
   * (85), as a percentage indicator's values are kept; see {@link #writtenAsPercentage(String)}.
   */
  public static BigDecimal number(String text) {
    String trimmed = RowReading.trimmed(text);
    if (trimmed.isEmpty()) {
      throw new CellFormatException("a number is needed here");
    }
    String written = trimmed.replace('\u2212', '-');
    if (written.endsWith("%")) {
      written = RowReading.trimmed(written.substring(0, written.length() - 1));
    }
    if (!NUMBER.matcher(written).matches()) {
      throw new CellFormatException(notANumber(trimmed, written));
    }
    return new BigDecimal(written.replace(",", "").replace("+", ""));
  }

  /** A number, or none for an empty cell. */
  public static Optional<BigDecimal> optionalNumber(String text) {
    return RowReading.trimmed(text).isEmpty() ? Optional.empty() : Optional.of(number(text));
  }

  /**
   * A day written as councils write it ("30/11/2019") or as a spreadsheet's date cell reads
   * ("2019-11-30"), or none for an empty cell.
   */
  public static Optional<LocalDate> optionalDate(String text) {
    String trimmed = RowReading.trimmed(text);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : DAYS) {
      try {
        return Optional.of(LocalDate.parse(trimmed, format));
      } catch (DateTimeParseException e) {
        // the next way of writing it
      }
    }
    throw new CellFormatException(
        "'" + trimmed + "' is not a date: write it like 30/11/2019 or 2019-11-30");
  }

  /** Whether the text is written as a percentage, such as "85%". */
  public static boolean writtenAsPercentage(String text) {
    return RowReading.trimmed(text).endsWith("%");
  }

  private static String notANumber(String text, String written) {
    String said = "'" + text + "' is not a number";
    if (markerNamed(text).isPresent()) {
      return said + ": put '" + text + "' in the marker column and leave the value empty";
    }
    if (DECIMAL_COMMA.matcher(written).matches()) {
      return said + ": write decimals with a point, like " + written.replace(',', '.');
    }
    return said + ": write it in figures, like 83, 83.5, 83% or 1,234";
  }

  /**
   * Yes or no, as a column such as {@code provisional} is written: true/false, yes/no, y/n or 1/0
   * in any case; an empty cell is no.
   */
  public static boolean yesOrNo(String text) {
    String word = RowReading.trimmed(text).toLowerCase(Locale.UK);
    switch (word) {
      case "":
      case "false":
      case "no":
      case "n":
      case "0":
        return false;
      case "true":
      case "yes":
      case "y":
      case "1":
        return true;
      default:
        throw new CellFormatException(
            "'"
                + RowReading.trimmed(text)
                + "' is not yes or no: write yes or no (or leave it empty for no)");
    }
  }

  /**
   * The marker written in place of a figure ("New", "New Definition", "Not available",
   * "Suppressed", in any case; "N/A" for not available), or none for an empty cell; other text is
   * refused.
   */
  public static Optional<Marker> marker(String text) {
    Optional<Marker> marker = markerNamed(text);
    if (marker.isEmpty() && !RowReading.trimmed(text).isEmpty()) {
      throw new CellFormatException(
          "'"
              + RowReading.trimmed(text)
              + "' is not a marker: write New, New Definition, Not available or Suppressed, or"
              + " leave it empty");
    }
    return marker;
  }

  private static Optional<Marker> markerNamed(String text) {
    String written = RowReading.trimmed(text).toLowerCase(Locale.UK).replaceAll("[\\s_]+", " ");
    if (written.equals("n/a")) {
      return Optional.of(Marker.NOT_AVAILABLE);
    }
    for (Marker marker : Marker.values()) {
      if (marker.label().toLowerCase(Locale.UK).equals(written)) {
        return Optional.of(marker);
      }
    }
    return Optional.empty();
  }
}
