package beacon.demo;

import beacon.papers.FrontSheet;
import beacon.papers.FrontSheets;
import beacon.papers.Layout;
import beacon.papers.Printing;
import java.time.LocalDate;
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
          new Printing(
              row.text("indicator_order") == null
                  ? List.of()
                  : List.of(row.text("indicator_order").split(";")),
              Printing.read(row.text("printed_titles")),
              Printing.read(row.text("printed_headings"))),
          recordedBy);
    }
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
