package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.rules.period.Periods;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each layout's PDF read page by page, as a clerk checks a paper before sending it: no heading,
 * label or table header row left alone at the foot of a page, a table's header row again at the top
 * of each page it runs onto, and an indicator block split over pages only when it is longer than a
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaperPagesIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Papers papers;

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2017-18-Q4",
    "exceptions, 825, 2018-19-Q2",
    "exceptions, 825, 2022-23-Q4",
    "scorecard, 825, 2017-18-Q4",
    "scorecard, 825, 2018-19-Q2",
    "scorecard, 825, 2022-23-Q4",
    "indicator-blocks, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2018-19-Q2",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void noPageEndsWithAHeadingALabelOrATableHeaderRow(String layout, String org, String period)
      throws Exception {
    PdfPages pdf = pdf(layout, org, period);

    for (int page = 0; page < pdf.pages().size(); page++) {
      List<PdfPages.Line> lines = pdf.pages().get(page);
      assertThat(lines.get(lines.size() - 1).bold())
          .as("page %d ends with \"%s\"", page + 1, lines.get(lines.size() - 1).text())
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2017-18-Q4",
    "exceptions, 825, 2018-19-Q2",
    "exceptions, 825, 2022-23-Q4",
    "scorecard, 825, 2017-18-Q4",
    "scorecard, 825, 2018-19-Q2",
    "scorecard, 825, 2022-23-Q4"
  })
  void aTableRunningOntoAPageBeginsItWithItsHeaderRowAgain(String layout, String org, String period)
      throws Exception {
    PdfPages pdf = pdf(layout, org, period);
    Set<String> headings = headings(layout, org, period);

    assertThat(pdf.pages()).hasSizeGreaterThan(1);
    for (int page = 1; page < pdf.pages().size(); page++) {
      PdfPages.Line first = pdf.pages().get(page).get(0);
      assertThat(headings.contains(first.text()) || headerRow(first))
          .as("page %d begins with \"%s\", not a heading or a header row", page + 1, first.text())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2018-19-Q2",
    "scorecard, 825, 2018-19-Q2",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 825, 2018-19-Q2"
  })
  void aLagNotesYearIsNeverBrokenOverTwoLines(String layout, String org, String period)
      throws Exception {
    PdfPages pdf = pdf(layout, org, period);

    for (List<PdfPages.Line> lines : pdf.pages()) {
      for (PdfPages.Line line : lines) {
        assertThat(line.text())
            .as("a line begins a year's second half, as in \"2016 / /17\"")
            .doesNotContainPattern("(^|\\s)/\\d{2}(\\s|$)");
      }
    }
  }

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "indicator-blocks, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2018-19-Q2",
    "indicator-blocks, 825, 2022-23-Q4"
  })
  void anIndicatorBlockRunsOverPagesOnlyWhenItIsLongerThanAPage(
      String layout, String org, String period) throws Exception {
    PdfPages pdf = pdf(layout, org, period);
    Set<String> headings = headings(layout, org, period);
    float room = 0;
    for (List<PdfPages.Line> lines : pdf.pages()) {
      room = Math.max(room, lines.get(lines.size() - 1).bottom() - lines.get(0).top());
    }

    List<Block> blocks = blocks(pdf, headings);
    assertThat(blocks)
        .hasSize(
            papers
                .paper(Layout.named(layout).orElseThrow(), org, Periods.fromCode(period), null)
                .lines()
                .size());
    for (Block block : blocks) {
      if (block.pages() > 1) {
        assertThat(block.height())
            .as(
                "the block \"%s\" runs over %d pages, but is %.0f points tall where a page holds"
                    + " %.0f",
                block.head(), block.pages(), block.height(), room)
            .isGreaterThan(room * 0.9f);
      }
    }
  }

  /**
   * An indicator block as printed: from its header row ("PI Aim to: ...", with the section headings
   * just above it) to the line before the next block or heading.
   */
  private record Block(String head, int pages, float height) {}

  private List<Block> blocks(PdfPages pdf, Set<String> headings) {
    record Placed(int page, PdfPages.Line line) {}
    List<Placed> lines = new ArrayList<>();
    for (int page = 0; page < pdf.pages().size(); page++) {
      for (PdfPages.Line line : pdf.pages().get(page)) {
        lines.add(new Placed(page, line));
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).line().text().startsWith("PI Aim to:")) {
        int start = i;
        while (start > 0
            && lines.get(start - 1).page() == lines.get(i).page()
            && lines.get(start - 1).line().bold()
            && headings.contains(lines.get(start - 1).line().text())) {
          start--;
        }
        starts.add(start);
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      Set<Integer> pages = new HashSet<>();
      float height = 0;
      float top = 0;
      for (int i = starts.get(k); i < end; i++) {
        Placed placed = lines.get(i);
        if (pages.add(placed.page())) {
          top = placed.line().top();
        }
        boolean lastOnPage = i + 1 == end || lines.get(i + 1).page() != placed.page();
        if (lastOnPage) {
          height += placed.line().bottom() - top;
        }
      }
      String head = lines.get(starts.get(k)).line().text();
      blocks.add(new Block(head, pages.size(), height));
    }
    return blocks;
  }

  private boolean headerRow(PdfPages.Line line) {
    return line.bold() && line.text().contains("Measure");
  }

  private Set<String> headings(String layout, String org, String period) {
    Paper paper =
        papers.paper(Layout.named(layout).orElseThrow(), org, Periods.fromCode(period), null);
    Set<String> headings = new HashSet<>();
    for (Paper.Section section : paper.sections()) {
      headings.add(section.section());
      headings.add(section.group());
    }
    return headings;
  }

  private PdfPages pdf(String layout, String org, String period) throws Exception {
    HttpResponse<byte[]> response =
        PaperAddress.get(
            port,
            accounts.administrator().bearer(),
            layout,
            "org=" + org + "&period=" + period + "&format=pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    return PdfPages.read(response.body());
  }
}
