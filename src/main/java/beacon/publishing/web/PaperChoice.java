package beacon.publishing.web;

import beacon.papers.FrontSheet;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A paper as chosen on the papers page: its layout, reporting quarter and portfolio, and the parts
 * of the front sheet written on the page for its meeting.
 *
 * @param portfolio the portfolio to cover, or null for all
 * @param frontSheet the parts written, blank for the standard ones: title, committee, meeting
 *     (yyyy-mm-dd), recommendation, summary
 */
record PaperChoice(
    String organisation,
    Layout layout,
    Period quarter,
    String portfolio,
    Map<String, String> frontSheet) {

  private static final String[] FRONT_SHEET = {
    "title", "committee", "meeting", "recommendation", "summary"
  };

  static PaperChoice of(
      String organisation,
      Layout layout,
      Period quarter,
      String portfolio,
      PaperForm form,
      LocalDate meeting) {
    Map<String, String> sheet = new LinkedHashMap<>();
    put(sheet, "title", form.title());
    put(sheet, "committee", form.committee());
    put(sheet, "meeting", meeting == null ? null : meeting.toString());
    put(sheet, "recommendation", form.recommendation());
    put(sheet, "summary", form.summary());
    return new PaperChoice(organisation, layout, quarter, portfolio, sheet);
  }

  /** The paper as it is today, under its front sheet. */
  Paper paper(Papers papers) {
    Paper paper = papers.paper(layout, organisation, quarter, portfolio);
    String meeting = frontSheet.get("meeting");
    return paper.withFrontSheet(
        paper
            .frontSheet()
            .with(
                frontSheet.get("title"),
                frontSheet.get("committee"),
                meeting == null ? null : LocalDate.parse(meeting),
                frontSheet.get("recommendation"),
                frontSheet.get("summary")));
  }

  /**
   * The address of the paper in a format, from the API: {@code
   * /api/v1/organisations/825/reports/exceptions?...}.
   */
  String link(PaperFiles.Format format) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/api/v1/organisations/{org}/reports/{layout}")
            .queryParam("period", "{period}");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("org", organisation);
    values.put("layout", layout.urlName());
    values.put("period", quarter.code());
    if (portfolio != null) {
      uri.queryParam("portfolio", "{portfolio}");
      values.put("portfolio", portfolio);
    }
    uri.queryParam("format", "{format}");
    values.put("format", format.extension());
    for (String part : FRONT_SHEET) {
      if (frontSheet.containsKey(part)) {
        uri.queryParam(part, "{" + part + "}");
        values.put(part, frontSheet.get(part));
      }
    }
    return uri.encode().buildAndExpand(values).toUriString();
  }

  /** The same choice for a paper published with these parts. */
  static PaperChoice of(Paper paper) {
    Map<String, String> sheet = new LinkedHashMap<>();
    FrontSheet front = paper.frontSheet();
    put(sheet, "title", front.title());
    put(sheet, "committee", front.committee());
    put(sheet, "meeting", front.meetingDate() == null ? null : front.meetingDate().toString());
    put(sheet, "recommendation", front.recommendation());
    put(sheet, "summary", front.summary());
    return new PaperChoice(
        paper.organisation().code(),
        paper.layout(),
        Periods.fromCode(paper.period().code()),
        paper.portfolio(),
        sheet);
  }

  private static void put(Map<String, String> sheet, String part, String text) {
    if (!PaperForm.blank(text)) {
      sheet.put(part, text.strip());
    }
  }
}
