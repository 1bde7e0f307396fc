package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.rules.period.Periods;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every layout of paper as a Word document, read back with POI: its headings in Word's heading
 * styles and in the seed's order, the indicators under each, and the figures the seeds print.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WordPapersIT extends EmbeddedDatabaseForTests {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\. (.*)$", Pattern.DOTALL);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Papers papers;

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          exceptions | 825 | 2017-18-Q4 | H1 Children's Services Portfolio - Cllr Warren Whyte; \
          H2 Key areas of good performance: 6; \
          H2 All areas of lower than expected performance (Red or Amber): 11
          exceptions | 825 | 2018-19-Q2 | H1 Children's Services Portfolio - Cllr Warren Whyte; \
          H2 Key areas of good performance: 1; \
          H2 All areas of lower than expected performance (Red or Amber): 7; \
          H1 Education Portfolio; H2 Key areas of good performance: 4; \
          H2 All areas of lower than expected performance (Red or Amber): 2
          exceptions | 825 | 2022-23-Q4 | \
          H1 Education and Children's Services Portfolio - Cllr Anita Cranmer; \
          H2 Key areas of good performance: 7; \
          H2 All areas of lower than expected performance (Red or Amber): 8
          scorecard | 825 | 2017-18-Q4 | H1 Safeguarding our vulnerable; H2 Quality: 5; \
          H2 Voice of the child: 3; H2 Reviewing children's Plans: 3; \
          H2 Timeliness of the journey of the child: 2; \
          H2 Sufficiency of children's placements: 3; H2 Permanency for children: 1
          scorecard | 825 | 2018-19-Q2 | H1 Safeguarding our vulnerable; H2 Quality: 3; \
          H2 Voice of the child: 1; H2 Timeliness of the journey of the child: 2; \
          H2 Permanency for children: 1; H1 No priority; H2 No theme: 7
          scorecard | 825 | 2022-23-Q4 | H1 No priority; H2 No theme: 15
          scorecard | 872 | 2017-18-Q1 | H1 No priority; H2 No theme: 13
          indicator-blocks | 825 | 2017-18-Q4 | H1 Children's Services Portfolio - Cllr Warren Whyte; \
          H2 Children's Services Portfolio RED: 5; H2 Children's Services Portfolio AMBER: 6; \
          H2 Children's Services Portfolio GREEN: 6
          indicator-blocks | 825 | 2018-19-Q2 | H1 Children's Services Portfolio - Cllr Warren Whyte; \
          H2 Children's Services Portfolio RED: 6; H2 Children's Services Portfolio AMBER: 1; \
          H2 Children's Services Portfolio GREEN: 1; H1 Education Portfolio; \
          H2 Education Portfolio RED: 2; H2 Education Portfolio GREEN: 4
          indicator-blocks | 825 | 2022-23-Q4 | H1 Education and Children's Services Portfolio Cllr Anita Cranmer; \
          H2 4. Education and Childrens Services Portfolio RED: 8; \
          H2 4. Education and Childrens Services Portfolio GREEN: 7
          indicator-blocks | 872 | 2017-18-Q1 | H1 Children's Services; \
          H2 Children's Services RED: 3; H2 Children's Services AMBER: 4; \
          H2 Children's Services GREEN: 6
          committee-summary | 825 | 2017-18-Q4 | H1 RECOMMENDATION; H1 SUMMARY OF REPORT; H1 Analysis of Issues; \
          H2 Red: 5; H2 Amber: 6; H2 Green: 6
          committee-summary | 825 | 2018-19-Q2 | H1 RECOMMENDATION; H1 SUMMARY OF REPORT; H1 Analysis of Issues; \
          H2 Red: 8; H2 Amber: 1; H2 Green: 5
          committee-summary | 825 | 2022-23-Q4 | H1 RECOMMENDATION; H1 SUMMARY OF REPORT; H1 Analysis of Issues; H2 Red: 8; H2 Green: 7
          committee-summary | 872 | 2017-18-Q1 | H1 OUTCOME / BENEFITS TO THE COMMUNITY; \
          H1 RECOMMENDATION; H1 SUMMARY OF REPORT; H1 Background; H1 Analysis of Issues; \
          H2 Red: 3; H2 Amber: 4; H2 Green: 6; H1 FINANCIAL IMPLICATIONS OF THE RECOMMENDATION; \
          H1 Cross-Council Implications; H1 List of Background Papers
          """)
  void eachPaperHasItsHeadingsInOrderWithItsIndicatorsUnderThem(
      String layout, String organisation, String period, String outline) throws Exception {
    try (XWPFDocument word = word(layout, "org=" + organisation + "&period=" + period)) {
      assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Title");
      assertThat(word.getParagraphs().get(0).getText())
          .as("the title the paper's first page prints")
          .startsWith(
              layout.equals("committee-summary")
                  ? papers
                      .paper(Layout.COMMITTEE_SUMMARY, organisation, Periods.fromCode(period), null)
                      .frontSheet()
                      .title()
                  : "Performance report: ");
      assertThat(word.getParagraphs().get(1).getText())
          .as("the day it was made, unless the front sheet dates the report, as Wokingham's does")
          .startsWith(
              organisation.equals("872") && layout.equals("committee-summary")
                  ? "OUTCOME / BENEFITS"
                  : "Generated on: ");
      assertThat(outline(word))
          .containsExactlyElementsOf(Arrays.stream(outline.split(";")).map(String::strip).toList());
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "exceptions, 825, 2017-18-Q4",
    "exceptions, 825, 2018-19-Q2",
    "exceptions, 825, 2022-23-Q4",
    "scorecard, 825, 2017-18-Q4",
    "scorecard, 825, 2018-19-Q2",
    "scorecard, 825, 2022-23-Q4",
    "scorecard, 872, 2017-18-Q1",
    "indicator-blocks, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2018-19-Q2",
    "indicator-blocks, 825, 2022-23-Q4",
    "indicator-blocks, 872, 2017-18-Q1",
    "committee-summary, 825, 2017-18-Q4",
    "committee-summary, 825, 2018-19-Q2",
    "committee-summary, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void eachPaperListsEveryIndicatorOfItsPaperInOrderWithItsRating(
      String layout, String organisation, String period) throws Exception {
    Paper paper =
        papers.paper(
            Layout.named(layout).orElseThrow(), organisation, Periods.fromCode(period), null);

    try (XWPFDocument word = word(layout, "org=" + organisation + "&period=" + period)) {
      assertThat(indicators(word, paper.layout()))
          .containsExactlyElementsOf(
              paper.lines().stream()
                  .map(line -> line.number() + ". " + line.measure() + " | " + line.rag().word())
                  .toList());
    }
  }

  @Test
  void aScorecardHasSeed001sColumnsAndFirstIndicator() throws Exception {
    try (XWPFDocument word = word("scorecard", "org=825&period=2017-18-Q4")) {
      XWPFTable quality = word.getTables().get(0);
      assertThat(texts(quality.getRow(0)))
          .containsExactly(
              "Measure",
              "Good to be",
              "Data period",
              "Target",
              "Mar 2017",
              "Q1 Jun 2017",
              "Q2 Sep 2017",
              "Q3 Dec 2017",
              "Q4 Mar 2018",
              "Latest performance (RAG)",
              "Benchmarks",
              "Q4 2017/18 Commentary");
      assertThat(quality.getRow(0).isRepeatHeader()).isTrue();
      List<String> repeatReferrals = texts(quality.getRow(1));
      assertThat(repeatReferrals.subList(0, 11))
          .containsExactly(
              "1. % repeat referrals",
              "Low",
              "Month only (not quarterly data)",
              "20%",
              "30%",
              "30%",
              "35%",
              "27%",
              "36%",
              "Red",
              "Statistical Neighbours (21%) and England (22%), South East (26%).");
      assertThat(repeatReferrals.get(11))
          .contains("At the end of Quarter 4 our performance is 36%");
      assertThat(quality.getRow(1).getCell(9).getColor()).isEqualTo("F4CDC6");
      assertThat(texts(quality.getRow(2)).subList(4, 9))
          .containsExactly("New", "18%", "23%", "32%", "18%");
      assertThat(quality.getRow(2).getCell(9).getColor()).isEqualTo("CCE2D8");
      List<String> childrenInNeedSeen = texts(word.getTables().get(1).getRow(1));
      assertThat(childrenInNeedSeen.get(3)).isEqualTo("100% (5% tolerance)");
      assertThat(childrenInNeedSeen.get(4)).isEqualTo("New Definition");
      assertThat(childrenInNeedSeen.get(9)).isEqualTo("Amber");
      assertThat(childrenInNeedSeen.get(10))
          .isEqualTo("Benchmarking information is not available.");
      assertThat(
              word.getDocument().getBody().getSectPr().getPgSz().getOrient()
                  == STPageOrientation.LANDSCAPE)
          .isTrue();
    }
  }

  @Test
  void aScorecardGoingToCabinetHeadsItsCommentaryAsTheCabinetScorecardDid() throws Exception {
    try (XWPFDocument word = word("scorecard", "org=825&period=2017-18-Q4&committee=Cabinet")) {
      assertThat(texts(word.getTables().get(0).getRow(0)))
          .as("the front sheet names the committee")
          .containsExactly("FOR CONSIDERATION BY", "Cabinet");
      List<String> header = texts(word.getTables().get(1).getRow(0));
      assertThat(header.get(header.size() - 1)).isEqualTo("Q4 2017/18 CABINET Commentary");
      assertThat(row(word, "12. % assessments completed in 45 working days").get(9))
          .as("numbered on across the themes, 1 to 17")
          .isEqualTo("Amber");
    }
  }

  @Test
  void aScorecardSaysWhenAValueIsForAnEarlierYear() throws Exception {
    try (XWPFDocument word = word("scorecard", "org=825&period=2018-19-Q2")) {
      assertThat(texts(word.getTables().get(0).getRow(0)).subList(4, 9))
          .containsExactly("Sep 2017", "Dec 2017", "Mar 2018", "Q1 Jun 2018", "Q2 Sep 2018");
      List<String> exclusions = row(word, "13. Permanent exclusion rate - primary");
      assertThat(exclusions.get(2))
          .contains(
              "This result is for the academic year 2016/17 because the data runs one year behind.");
      assertThat(exclusions.get(9)).isEqualTo("Red");
      assertThat(exclusions.get(10)).startsWith("England = 0.03 South East = 0.02");
      List<String> assessments = row(word, "5. % assessments completed in 45 working days");
      assertThat(assessments.get(3)).isEqualTo("82%");
      assertThat(assessments.get(8)).isEqualTo("51%");
      assertThat(assessments.get(10))
          .isEqualTo("Statistical Neighbours 81%, South East 84%, England 83%");
    }
  }

  @Test
  void anIndicatorBlockCarriesItsTrendAsAPictureWithAlternativeTextAndItsData() throws Exception {
    Paper paper =
        papers.paper(Layout.INDICATOR_BLOCKS, "825", Periods.fromCode("2022-23-Q4"), null);
    PaperLine reReferrals =
        paper.lines().stream()
            .filter(line -> line.code().equals("CSC-REREF-Q"))
            .findFirst()
            .orElseThrow();

    try (XWPFDocument word = word("indicator-blocks", "org=825&period=2022-23-Q4")) {
      List<IBodyElement> block = block(word, "% of re-referrals within 12 months");
      XWPFTable summary = (XWPFTable) block.get(0);
      assertThat(texts(summary.getRow(0)))
          .containsExactly("PI", "Aim to", "Current Value", "Target", "RAG", "Benchmarking");
      assertThat(texts(summary.getRow(1)))
          .containsExactly(
              "% of re-referrals within 12 months",
              "Aim to Minimise",
              "37%",
              "28%",
              "RED",
              "England 20%, South East 24%, Statistical Neighbours 20% (CIN Census 2021/22)");
      assertThat(summary.getRow(1).getCell(0).getParagraphs().get(0).getStyle())
          .as("the indicator's title is a heading, listed in Word's navigation pane")
          .isEqualTo("Heading3");
      assertThat(summary.getRow(1).getCell(4).getColor()).isEqualTo("F4CDC6");
      XWPFRun chart = ((XWPFParagraph) block.get(1)).getRuns().get(0);
      assertThat(chart.getEmbeddedPictures()).hasSize(1);
      XWPFPicture picture = chart.getEmbeddedPictures().get(0);
      assertThat(picture.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');
      CTInline drawing = chart.getCTR().getDrawingArray(0).getInlineArray(0);
      assertThat(drawing.getDocPr().getDescr())
          .isEqualTo(reReferrals.trendDescription())
          .startsWith("Trend of % of re-referrals within 12 months from Q1 2021/22 to Q4 2022/23");
      assertThat(drawing.getDocPr().getTitle()).contains("% of re-referrals within 12 months");
      XWPFTable data = (XWPFTable) block.get(3);
      assertThat(data.getNumberOfRows()).isEqualTo(1 + 8);
      assertThat(texts(data.getRow(0)))
          .as("headed as the seed's chart data")
          .containsExactly("Quarter", "Quarters (%)", "Target (Quarters) (%)", "RAG");
      assertThat(texts(data.getRow(1))).containsExactly("Q1 2021/22", "32", "28", "Red");
      assertThat(texts(data.getRow(7))).containsExactly("Q3 2022/23", "44", "28", "Red");
      assertThat(texts(data.getRow(8))).containsExactly("Q4 2022/23", "37", "28", "Red");
      assertThat(data.getRow(8).getCell(3).getColor()).isEqualTo("F4CDC6");
      List<String> after = paragraphs(block.subList(4, block.size()));
      assertThat(after.get(0)).isEqualTo("Commentary");
      assertThat(after.get(1))
          .as("the commentary opens with what the indicator measures, as the seed's does")
          .startsWith("This indicator measures the percentage of children who have been referred");
      assertThat(after.get(2)).startsWith("Re-referrals increased during the Covid-19 pandemic");
      int actions = after.indexOf("Improvement Actions");
      assertThat(actions).isPositive();
      List<XWPFParagraph> listed =
          block.subList(4, block.size()).stream()
              .filter(XWPFParagraph.class::isInstance)
              .map(XWPFParagraph.class::cast)
              .filter(paragraph -> paragraph.getNumID() != null)
              .toList();
      assertThat(listed)
          .extracting(XWPFParagraph::getText)
          .containsExactlyElementsOf(reReferrals.improvementActions())
          .hasSize(3);
    }
  }

  @Test
  void anIndicatorBlockSaysWhenItsValueIsForAnEarlierYear() throws Exception {
    try (XWPFDocument word = word("indicator-blocks", "org=825&period=2022-23-Q4")) {
      XWPFTable summary =
          (XWPFTable)
              block(word, "Key Stage 4 average Attainment 8 score for disadvantaged pupils").get(0);
      assertThat(texts(summary.getRow(1)).subList(2, 5))
          .containsExactly(
              "37.4 This result is for the academic year 2021/22, the latest figure there is.",
              "37.6",
              "RED");
      assertThat(
              word.getDocument().getBody().getSectPr().getPgSz().getOrient()
                  == STPageOrientation.LANDSCAPE)
          .as("across the page, as the PDF is")
          .isTrue();
    }
  }

  @Test
  void aCommitteeSummaryHasWokinghamsFrontSheetAndCounts() throws Exception {
    try (XWPFDocument word =
        word(
            "committee-summary",
            "org=872&period=2017-18-Q1"
                + "&committee=Children%27s+Services+Overview+and+Scrutiny+Committee"
                + "&meeting=2017-09-12"
                + "&title=Children%27s+Services+Performance+Indicators")) {
      assertThat(word.getParagraphs().get(0).getText())
          .isEqualTo("Children's Services Performance Indicators");
      assertThat(word.getHeaderList().get(0).getText())
          .contains("Children's Services Performance Indicators");
      XWPFTable frontSheet = word.getTables().get(0);
      assertThat(frontSheet.getRows())
          .extracting(row -> row.getCell(0).getText() + ": " + row.getCell(1).getText())
          .containsExactly(
              "TITLE: Children's Services Performance Indicators",
              "FOR CONSIDERATION BY: Children's Services Overview and Scrutiny Committee on 12"
                  + " September 2017",
              "WARD: None Specific",
              "STRATEGIC DIRECTOR: Judith Ramsden, Director of People Services");
      List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int recommendation = texts.indexOf("RECOMMENDATION");
      assertThat(word.getParagraphs().get(recommendation).getStyle())
          .as("the front sheet's parts are headings, as in seed 004")
          .isEqualTo("Heading1");
      assertThat(texts.get(recommendation + 1))
          .isEqualTo("That the Children's Services performance indicators be noted.");
      assertThat(texts.get(recommendation + 2)).isEqualTo("SUMMARY OF REPORT");
      int analysis = texts.indexOf("Analysis of Issues");
      assertThat(texts.get(analysis + 1))
          .isEqualTo(
              "In 17/18 Q1 there are three red indicators, four amber indicators and six green"
                  + " indicators.");
      assertThat(texts.get(analysis + 2)).isEqualTo("Red");
      XWPFParagraph first = word.getParagraphs().get(analysis + 3);
      assertThat(first.getText())
          .startsWith("1. % Children in Care at the end of the period who were in a placement");
      assertThat(first.getRuns()).allMatch(XWPFRun::isBold);
      assertThat(texts.get(analysis + 4)).startsWith("This is a new indicator for 2017/18.");
      assertThat(texts.get(analysis + 5)).startsWith("Another new indicator in this set");
      assertThat(texts.get(analysis + 6)).startsWith("2. Permanency 1: ");
      assertThat(texts)
          .contains("6. % Special Schools with a current Ofsted rating of \"good\" or better");
    }
  }

  @Test
  void aCommitteeSummaryLeavesOutTheMeetingUntilItIsKnown() throws Exception {
    try (XWPFDocument word = word("committee-summary", "org=825&period=2022-23-Q4")) {
      assertThat(word.getTables().get(0).getRows())
          .extracting(row -> row.getCell(0).getText())
          .containsExactly("TITLE");
      assertThat(word.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains(
              "In 22/23 Q4 there are eight red indicators, no amber indicators and seven green"
                  + " indicators.")
          .doesNotContain("Amber");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exceptions, 825, 2018-19-Q2, Buckinghamshire",
    "scorecard, 825, 2017-18-Q4, Buckinghamshire",
    "indicator-blocks, 825, 2022-23-Q4, Buckinghamshire",
    "committee-summary, 872, 2017-18-Q1, Wokingham"
  })
  void eachPaperIsTheCouncilsWithItsTitleAtTheHeadOfEachPageAndItsNumberAtTheFoot(
      String layout, String organisation, String period, String council) throws Exception {
    try (XWPFDocument word = word(layout, "org=" + organisation + "&period=" + period)) {
      String title = word.getParagraphs().get(0).getText();
      assertThat(word.getProperties().getCoreProperties().getCreator()).contains(council);
      assertThat(word.getProperties().getCoreProperties().getLastModifiedByUser())
          .contains(council);
      assertThat(word.getProperties().getExtendedProperties().getApplication()).isEqualTo("Beacon");
      assertThat(word.getHeaderList()).hasSize(1);
      assertThat(word.getHeaderList().get(0).getText().strip()).isEqualTo(title);
      assertThat(word.getFooterList()).hasSize(1);
      String footer = word.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
      assertThat(footer).contains(">Page <", "> PAGE <", "> of <", "> NUMPAGES <");
      assertThat(word.getDocument().getBody().getSectPr().getFooterReferenceList()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exceptions, 825, 2018-19-Q2",
    "scorecard, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void noHeaderCellIsTooNarrowForItsLongestWord(String layout, String organisation, String period)
      throws Exception {
    try (XWPFDocument word = word(layout, "org=" + organisation + "&period=" + period)) {
      for (XWPFTable table : word.getTables()) {
        if (!table.getRow(0).isRepeatHeader()) {
          continue;
        }
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
          double room = WordText.roomInPoints(cell);
          for (String each : cell.getText().split("\\s+")) {
            assertThat(WordText.boldWidthInPoints(each, WordCells.TABLE_POINTS))
                .as(
                    "\"%s\" in the header cell \"%s\" (%.0f points wide)",
                    each, cell.getText(), room)
                .isLessThanOrEqualTo(room);
          }
        }
      }
    }
  }

  /**
   * The headings, each as "H1 text", and each second-level heading with the number of indicators
   * under it: "H2 Quality: 5".
   */
  private static List<String> outline(XWPFDocument word) {
    List<String> outline = new ArrayList<>();
    String section = null;
    int count = 0;
    for (IBodyElement element : word.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph && isHeading(paragraph)) {
        if (section != null) {
          outline.add(section + ": " + count);
          section = null;
        }
        if (paragraph.getStyle().equals("Heading1")) {
          outline.add("H1 " + paragraph.getText());
        } else {
          section = "H2 " + paragraph.getText();
          count = 0;
        }
      } else if (section != null) {
        count += indicatorsIn(element);
      }
    }
    if (section != null) {
      outline.add(section + ": " + count);
    }
    return outline;
  }

  /** How many indicators a part of the document holds, in whichever layout. */
  private static int indicatorsIn(IBodyElement element) {
    if (element instanceof XWPFTable table) {
      String first = table.getRow(0).getCell(0).getText();
      if (first.equals("PI")) {
        return 1;
      }
      if (first.equals("No.") || first.equals("Measure")) {
        return table.getNumberOfRows() - 1;
      }
      return 0;
    }
    XWPFParagraph paragraph = (XWPFParagraph) element;
    return isNumberedMeasure(paragraph) ? 1 : 0;
  }

  /** Each indicator in the document's order: "1. % repeat referrals within 12 months | Red". */
  private static List<String> indicators(XWPFDocument word, Layout layout) {
    List<String> indicators = new ArrayList<>();
    String rating = null;
    int number = 0;
    for (IBodyElement element : word.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        if ("Heading2".equals(paragraph.getStyle())) {
          rating = paragraph.getText();
          number = 0;
        } else if (layout == Layout.COMMITTEE_SUMMARY && isNumberedMeasure(paragraph)) {
          indicators.add(paragraph.getText() + " | " + rating);
        }
        continue;
      }
      XWPFTable table = (XWPFTable) element;
      List<String> header = texts(table.getRow(0));
      for (XWPFTableRow row : table.getRows().subList(1, table.getNumberOfRows())) {
        List<String> cells = texts(row);
        switch (layout) {
          case EXCEPTIONS -> {
            if (header.get(0).equals("No.")) {
              indicators.add(cells.get(0) + ". " + cells.get(1) + " | " + word(cells.get(4)));
            }
          }
          case SCORECARD -> {
            if (header.get(0).equals("Measure")) {
              indicators.add(cells.get(0) + " | " + cells.get(9));
            }
          }
          case INDICATOR_BLOCKS -> {
            if (header.get(0).equals("PI")) {
              indicators.add(++number + ". " + cells.get(0) + " | " + word(cells.get(4)));
            }
          }
          default -> {}
        }
      }
    }
    return indicators;
  }

  private static String word(String upperCase) {
    return upperCase.charAt(0) + upperCase.substring(1).toLowerCase(Locale.UK);
  }

  private static boolean isHeading(XWPFParagraph paragraph) {
    return "Heading1".equals(paragraph.getStyle()) || "Heading2".equals(paragraph.getStyle());
  }

  private static boolean isNumberedMeasure(XWPFParagraph paragraph) {
    return !paragraph.getRuns().isEmpty()
        && paragraph.getRuns().stream().allMatch(XWPFRun::isBold)
        && NUMBERED.matcher(paragraph.getText()).matches();
  }

  /** The parts of the document from an indicator block's table to the next block or heading. */
  private static List<IBodyElement> block(XWPFDocument word, String measure) {
    List<IBodyElement> elements = word.getBodyElements();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof XWPFTable table
          && texts(table.getRow(0)).get(0).equals("PI")
          && table.getRow(1).getCell(0).getText().equals(measure)) {
        int end = i + 1;
        while (end < elements.size()
            && !(elements.get(end) instanceof XWPFTable next
                && next.getRow(0).getCell(0).getText().equals("PI"))
            && !(elements.get(end) instanceof XWPFParagraph paragraph && isHeading(paragraph))) {
          end++;
        }
        return elements.subList(i, end);
      }
    }
    throw new AssertionError("No block for " + measure);
  }

  private static List<String> paragraphs(List<IBodyElement> elements) {
    return elements.stream()
        .filter(XWPFParagraph.class::isInstance)
        .map(element -> ((XWPFParagraph) element).getText())
        .filter(text -> !text.isEmpty())
        .toList();
  }

  private static List<String> row(XWPFDocument word, String measure) {
    return word.getTables().stream()
        .flatMap(table -> table.getRows().stream())
        .map(WordPapersIT::texts)
        .filter(cells -> cells.get(0).equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row " + measure));
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream()
        .map(XWPFTableCell::getText)
        .map(String::strip)
        .collect(Collectors.toList());
  }

  private XWPFDocument word(String layout, String query) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + PaperAddress.of(layout, query)
                                + "&format=docx"))
                    .header("Authorization", accounts.administrator().bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".docx");
    return new XWPFDocument(new ByteArrayInputStream(response.body()));
  }
}
