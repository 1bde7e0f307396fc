package beacon.demo;

import beacon.papers.FrontSheet;
import beacon.papers.FrontSheets;
import beacon.papers.Layout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The front sheets the demonstration councils keep, from {@code demo/front-sheets.csv}: Wokingham's
 * committee summary as its paper to the Overview and Scrutiny Committee of 12 September 2017 set it
 * out (seed 004).
 */
@Component
class DemoFrontSheets {

  private final FrontSheets frontSheets;

  DemoFrontSheets(FrontSheets frontSheets) {
    this.frontSheets = frontSheets;
  }

  void load(Map<String, Long> organisationIds, String recordedBy) {
    for (DemoFile.Row row : DemoFile.rows("front-sheets.csv")) {
      Layout layout =
          Layout.named(row.required("layout"))
              .orElseThrow(
                  () -> new IllegalStateException("Unknown layout in " + row.file() + ": " + row));
      frontSheets.keep(
          organisationIds.get(row.required("organisation")),
          layout,
          0,
          new FrontSheet(
              row.text("title"),
              row.text("committee"),
              day(row.text("meeting_date")),
              row.text("agenda_item"),
              row.text("wards"),
              row.text("strategic_director"),
              row.text("author"),
              row.text("contact_officer"),
              row.text("telephone"),
              row.text("email"),
              row.text("service"),
              row.text("portfolio_areas"),
              row.text("outcome"),
              row.text("recommendation"),
              row.text("summary"),
              row.text("background"),
              row.text("financial_implications"),
              row.text("cross_council_implications"),
              row.text("background_papers"),
              day(row.text("report_date")),
              row.text("version_number")),
          row.text("indicator_order") == null
              ? List.of()
              : List.of(row.text("indicator_order").split(";")),
          titles(row.text("printed_titles")),
          recordedBy);
    }
  }

  /** "CODE = title" a line, as the front sheet's page takes them. */
  private static Map<String, String> titles(String lines) {
    Map<String, String> titles = new LinkedHashMap<>();
    if (lines != null) {
      for (String line : lines.split("\\R")) {
        int at = line.indexOf(FrontSheets.TITLED);
        titles.put(line.substring(0, at), line.substring(at + FrontSheets.TITLED.length()));
      }
    }
    return titles;
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
