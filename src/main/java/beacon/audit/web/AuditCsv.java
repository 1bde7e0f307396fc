package beacon.audit.web;

import beacon.rules.audit.Change;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as CSV, one change a line with a header row: when (ISO 8601), who, what, the
 * database's action, the indicator, the fields changed as text, why, and the whole row before and
 * after as JSON. A cell a spreadsheet would read as a formula is written with a leading apostrophe.
 */
final class AuditCsv {

  static final List<String> HEADINGS =
      List.of(
          "changed_at",
          "username",
          "what",
          "action",
          "indicator",
          "changes",
          "reason",
          "old_row",
          "new_row");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditCsv() {}

  static void write(List<Change> changes, AuditWords words, Writer out) {
    try (CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(HEADINGS.toArray(String[]::new)).get().print(out)) {
      for (Change change : changes) {
        csv.printRecord(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                change.changedAt().atOffset(java.time.ZoneOffset.UTC)),
            neutralised(change.username()),
            words.what(change),
            change.kind().action(),
            neutralised(change.indicatorCode()),
            neutralised(change.fieldsAsText()),
            neutralised(change.reason()),
            json(change.oldRow()),
            json(change.newRow()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Map<String, String> row) {
    return row == null ? "" : JSON.writeValueAsString(row);
  }

  /** The cell as text no spreadsheet reads as a formula. */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
