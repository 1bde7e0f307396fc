package beacon.papers.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.validation.Errors;

/**
 * Lines of "what Beacon calls it = what the paper prints", as typed on the front sheet's page: a
 * line without "=", with nothing on a side, naming what is renamed already or with a side longer
 * than a line is rejected naming its line, and nothing of the field is kept.
 */
final class Renamings {

  private Renamings() {}

  /**
   * @param known why what is renamed cannot be, or null when it can
   * @param example a line written as it should be, for the message
   */
  static Map<String, String> read(
      Errors errors, String field, String text, Function<String, String> known, String example) {
    Map<String, String> renamed = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return renamed;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int at = line.indexOf('=');
      String from = at < 0 ? "" : line.substring(0, at).strip();
      String to = at < 0 ? "" : line.substring(at + 1).strip();
      String problem =
          at < 0 || from.isEmpty() || to.isEmpty()
              ? "write it as " + example
              : known.apply(from) != null
                  ? known.apply(from)
                  : renamed.containsKey(from)
                      ? from + " is given already"
                      : Math.max(from.length(), to.length()) > FrontSheetForm.LONGEST_LINE
                          ? "each side is " + FrontSheetForm.LONGEST_LINE + " characters or fewer"
                          : null;
      if (problem != null) {
        errors.rejectValue(
            field,
            "frontSheet.renamed",
            new Object[] {i + 1, problem},
            "Line " + (i + 1) + ": " + problem);
        return Map.of();
      }
      renamed.put(from, to);
    }
    return renamed;
  }
}
