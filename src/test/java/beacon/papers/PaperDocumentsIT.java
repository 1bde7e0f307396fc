package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.rules.period.Periods;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every layout as a document (HTML, and the PDF made from it) for every demonstration period, read
 * back: its headings, its indicators in the paper's order, their ratings, benchmarks and lag notes;
 * then what each seed paper shows that the others do not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaperDocumentsIT extends EmbeddedDatabaseForTests {

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
    "committee-summary, 825, 2017-18-Q4",
    "committee-summary, 825, 2018-19-Q2",
    "committee-summary, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void theDocumentAndItsPdfCarryEverySectionAndIndicatorInOrder(
      String layoutName, String organisation, String period) throws Exception {
    Layout layout = Layout.named(layoutName).orElseThrow();
    Paper paper = papers.paper(layout, organisation, Periods.fromCode(period), null);
    String query = "org=" + organisation + "&period=" + period;
    Document html = html(layoutName, query);
    String pdf = pdfText(layoutName, query);
    String text = withoutRepeats(pdf, html);

    List<String> sectionHeadings = texts(html, "//h3");
    assertThat(sectionHeadings)
        .containsExactlyElementsOf(paper.sections().stream().map(this::printed).toList());
    assertThat(texts(html, "//span[contains(@class, 'rag')]"))
        .hasSize(layout == Layout.COMMITTEE_SUMMARY ? 0 : paper.lines().size());
    int at = 0;
    for (Paper.Section section : paper.sections()) {
      at = after(text, printed(section), at);
      for (PaperLine line : section.lines()) {
        at = numbered(text, line, layout, at);
        if (!line.benchmarks().isEmpty() && layout != Layout.COMMITTEE_SUMMARY) {
          wordsInOrder(text, line.benchmarks(), at);
        }
        if (line.lagNote() != null) {
          wordsInOrder(text, line.lagNote(), at);
        }
      }
    }
    assertThat(pdf).contains("Page 1 of");
  }

  @Test
  void aScorecardShowsTheLastFiveQuartersAsBuckinghamshiresCabinetScorecardDid() throws Exception {
    Document html = html("scorecard", "org=825&period=2017-18-Q4");

    assertThat(texts(html, "(//table)[1]/thead/tr/th"))
        .containsSubsequence(
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
    assertThat(texts(html, "//tr[th[contains(., '% repeat referrals')]]/td"))
        .startsWith("Low", "Month only (not quarterly data)", "20%", "30%", "30%", "35%", "27%")
        .contains("36%", "Red");
    assertThat(texts(html, "//tr[th[contains(., 'second or subsequent time')]]/td"))
        .containsSubsequence("18%", "New", "18%", "23%", "32%", "18%", "Green");
  }

  @Test
  void aScorecardGoingToCabinetHeadsItsCommentaryAsTheCabinetScorecardDid() throws Exception {
    Document html = html("scorecard", "org=825&period=2017-18-Q4&committee=Cabinet");

    assertThat(
            texts(html, "(//table[not(contains(@class, 'front-sheet'))])[1]/thead/tr/th[last()]"))
        .containsExactly("Q4 2017/18 CABINET Commentary");
    assertThat(texts(html, "//h2[. = 'Safeguarding our vulnerable']/following-sibling::p[1]"))
        .as("the priority's description under its heading, as the seed prints it")
        .containsExactly(
            "Safeguard vulnerable children; keep children in their own home where it is safe to do"
                + " so and identify and take action where we find exploitation of children and"
                + " young people");
    assertThat(texts(html, "//tbody/tr/th/span[@class='number-label']"))
        .startsWith("1.", "2.", "3.", "4.", "5.", "6.")
        .hasSize(17)
        .endsWith("17.");
  }

  @Test
  void indicatorBlocksChartEachTrendWithItsTargetAndItsDataAsBuckinghamshiresReportDid()
      throws Exception {
    Document html = html("indicator-blocks", "org=825&period=2022-23-Q4");

    assertThat(texts(html, "//h2"))
        .as("headed as the seed prints it, kept with the layout's front sheet")
        .containsExactly("Education and Children's Services Portfolio Cllr Anita Cranmer");
    assertThat(texts(html, "//h3"))
        .containsExactly(
            "4. Education and Childrens Services Portfolio RED",
            "4. Education and Childrens Services Portfolio GREEN");
    String rereferrals =
        "//div[contains(@class, 'block')][.//h4[. = '% of re-referrals within 12 months']]";
    assertThat(texts(html, rereferrals + "//td[contains(@class, 'trend-data')]//tbody/tr/th"))
        .containsExactly(
            "Q1 2021/22",
            "Q2 2021/22",
            "Q3 2021/22",
            "Q4 2021/22",
            "Q1 2022/23",
            "Q2 2022/23",
            "Q3 2022/23",
            "Q4 2022/23");
    assertThat(texts(html, rereferrals + "//td[contains(@class, 'trend-data')]//thead//th"))
        .containsExactly("Quarter", "Quarters (%)", "Target (Quarters) (%)", "RAG");
    assertThat(texts(html, rereferrals + "//td[contains(@class, 'trend-data')]//tbody/tr/td[1]"))
        .containsExactly("32", "35", "32", "34", "40", "38", "44", "37");
    assertThat(texts(html, rereferrals + "//td[contains(@class, 'trend-data')]//tbody/tr/td[2]"))
        .containsOnly("28");
    Node picture = node(html, rereferrals + "//img");
    assertThat(attribute(picture, "src")).startsWith("data:image/png;base64,");
    assertThat(attribute(picture, "alt"))
        .isEqualTo(
            "Trend of % of re-referrals within 12 months from Q1 2021/22 to Q4 2022/23: 32% to"
                + " 37% against a target of 28%. The value axis starts at 25%, not at zero. The"
                + " values are in the table that follows.");
    assertThat(texts(html, rereferrals + "//li")).hasSize(3);
    assertThat(pdfText("indicator-blocks", "org=825&period=2022-23-Q4"))
        .contains("Generated on:")
        .contains("Trend chart data: % of re-referrals within 12 months");
  }

  @Test
  void aCommitteeSummaryHasItsFrontSheetAndCountsAsWokinghamsPaperDid() throws Exception {
    String query =
        "org=872&period=2017-18-Q1&title="
            + encoded("Children's Services Performance Indicators")
            + "&committee="
            + encoded("Children's Services Overview and Scrutiny Committee")
            + "&meeting=2017-09-12&recommendation="
            + encoded("That the Children's Services performance indicators be noted.");
    Document html = html("committee-summary", query);
    String pdf = pdfText("committee-summary", query);

    assertThat(texts(html, "//table[contains(@class, 'front-sheet')]//td"))
        .containsExactly(
            "Children's Services Performance Indicators",
            "Children's Services Overview and Scrutiny Committee on 12 September 2017",
            "None Specific",
            "Judith Ramsden, Director of People Services");
    assertThat(texts(html, "//h2"))
        .as("Wokingham's front sheet, as the demonstration keeps it from the seed")
        .containsExactly(
            "OUTCOME / BENEFITS TO THE COMMUNITY",
            "RECOMMENDATION",
            "SUMMARY OF REPORT",
            "Background",
            "Analysis of Issues",
            "FINANCIAL IMPLICATIONS OF THE RECOMMENDATION",
            "Cross-Council Implications",
            "List of Background Papers");
    assertThat(texts(html, "//table[contains(@class, 'front-contact')]//tr"))
        .containsExactly(
            "Contact Caroline McKenna",
            "Service People Services",
            "Telephone No 0118 974 4086",
            "Email Caroline.McKenna@wokingham.gov.uk",
            "Date 25 August 2017",
            "Version No. 1");
    assertThat(pdf)
        .contains("That the Children's Services performance indicators be noted.")
        .contains(
            "In 17/18 Q1 there are three red indicators, four amber indicators and six green"
                + " indicators.");
    assertThat(texts(html, "//h3")).containsExactly("Red", "Amber", "Green");
    assertThat(texts(html, "//ol[1]/li//strong").get(0))
        .startsWith("% Children in Care at the end of the period who were in a placement more");
    assertThat(node(html, "//ol[3]").getChildNodes().getLength()).isPositive();
  }

  private String printed(Paper.Section section) {
    return section.section();
  }

  /**
   * Each word of the text in order after {@code from}: a row that runs onto the next page has the
   * rest of each of its cells there, after what the other cells printed on the first page.
   */
  private static void wordsInOrder(String squeezedPdf, String text, int from) {
    int at = from;
    for (String word : text.split("\\s+")) {
      at = after(squeezedPdf, word, at) + squeezed(word).length();
    }
  }

  private static int after(String squeezedPdf, String text, int from) {
    int found = squeezedPdf.indexOf(squeezed(text), from);
    assertThat(found).as("'%s' after character %d of the PDF", text, from).isGreaterThan(-1);
    return found;
  }

  /**
   * Where the line's measure begins, after {@code from}: its number, where the layout prints one
   * before it, and its first words. A row taller than a page goes on over the next, and may break
   * after the first line of its measure, so only the words that fit on a line (up to a word's end
   * past the tenth character) are looked for.
   */
  private static int numbered(String squeezedPdf, PaperLine line, Layout layout, int from) {
    String measure = line.measure();
    int end = measure.indexOf(' ', Math.min(10, measure.length()));
    String words = end < 0 ? measure : measure.substring(0, end);
    if (layout != Layout.SCORECARD) {
      return after(squeezedPdf, words, from);
    }
    return after(squeezedPdf, line.number() + "." + words, from);
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String spaced(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private Document html(String layout, String query) throws Exception {
    HttpResponse<byte[]> response = get(layout, query + "&format=html");
    assertThat(response.statusCode()).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
  }

  private String pdfText(String layout, String query) throws Exception {
    HttpResponse<byte[]> response = get(layout, query + "&format=pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return spaced(new PDFTextStripper().getText(pdf));
    }
  }

  /**
   * The PDF's text without what each page repeats: its number, and the header row of a table that
   * runs onto it.
   */
  private static String withoutRepeats(String spacedPdf, Document html) throws Exception {
    Matcher pages = Pattern.compile("Page 1 of (\\d+)").matcher(spacedPdf);
    String text =
        squeezed(
            pages.find()
                ? spacedPdf.replaceAll("Page \\d+ of " + pages.group(1) + " ?", "")
                : spacedPdf);
    for (String row : new LinkedHashSet<>(texts(html, "//table/thead/tr"))) {
      String header = squeezed(row);
      int first = text.indexOf(header);
      if (first >= 0) {
        int end = first + header.length();
        text = text.substring(0, end) + text.substring(end).replace(header, "");
      }
    }
    return text;
  }

  private static List<String> texts(Document html, String xpath) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, html, XPathConstants.NODESET);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(spaced(nodes.item(i).getTextContent()));
    }
    return texts;
  }

  private static Node node(Document html, String xpath) throws Exception {
    Node node =
        (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, html, XPathConstants.NODE);
    assertThat(node).as(xpath).isNotNull();
    return node;
  }

  private static String attribute(Node node, String name) {
    return node.getAttributes().getNamedItem(name).getNodeValue();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> get(String layout, String query)
      throws IOException, InterruptedException {
    return PaperAddress.get(port, accounts.administrator().bearer(), layout, query);
  }
}
