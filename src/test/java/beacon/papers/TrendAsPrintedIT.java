package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.trend.TrendPicture;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The indicator blocks' trends as Buckinghamshire's Q4 2022/23 report (seed 002) prints them: the
 * data table headed "Quarter / Quarters (%) / Target (Quarters) (%)" (by month or year where the
 * indicator is reported so), its figures as the chart's data gives them, a key naming the chart's
 * lines, a word where the value axis does not start at zero, and no chart or table for an indicator
 * with a single value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrendAsPrintedIT extends EmbeddedDatabaseForTests {

  private static final String BLOCKS = "org=825&period=2022-23-Q4";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  private Document html;

  @BeforeEach
  void theBlocksAsAWebPage() throws Exception {
    HttpResponse<byte[]> response = get(BLOCKS + "&format=html");
    assertThat(response.statusCode()).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    html = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
  }

  @Test
  void aQuarterlyTrendIsHeadedAndWrittenAsTheSeedsChartData() throws Exception {
    String ehcp = trendOf("% new Education, Health and Care Plans (EHCPs) issued within 20 weeks");

    assertThat(texts(ehcp + "//thead//th"))
        .containsExactly("Quarter", "Quarters (%)", "Target (Quarters) (%)", "RAG");
    assertThat(texts(ehcp + "//tbody/tr/td[1]"))
        .as("most of the trend is in whole percentages, so 65.3 and 82.2 print as 65 and 82")
        .containsExactly("60", "68", "75", "80", "82", "82", "81", "78", "70", "68", "65", "82");
    assertThat(texts(ehcp + "//tbody/tr/td[2]"))
        .containsExactly("55", "55", "55", "55", "75", "75", "75", "75", "75", "75", "75", "75");
  }

  @Test
  void aMonthlyTrendIsLabelledByItsMonths() throws Exception {
    String twoYearOlds = trendOf("% of eligible two-year-olds registered");

    assertThat(texts(twoYearOlds + "//thead//th"))
        .containsExactly("Month", "Months (%)", "Target (Months) (%)", "RAG");
    assertThat(texts(twoYearOlds + "//tbody/tr/th"))
        .containsExactly("March 2022", "July 2022", "December 2022", "March 2023");
    assertThat(texts(twoYearOlds + "//tbody/tr/td[1]")).containsExactly("79", "74", "81", "86");
  }

  @Test
  void aYearlyTrendIsHeadedByYearsAndKeepsItsDecimals() throws Exception {
    String attainment = trendOf("Key Stage 4 average Attainment 8 score for disadvantaged pupils");

    assertThat(texts(attainment + "//thead//th"))
        .containsExactly("Year", "Years", "Target (Years)", "RAG");
    assertThat(texts(attainment + "//tbody/tr/td[1]"))
        .containsExactly("37.4", "39.8", "41.2", "37.4");
  }

  @Test
  void anIndicatorWithASingleValueHasNoChartAndNoTable() throws Exception {
    for (String measure :
        List.of(
            "% of children with Initial Child Protection Conferences completed within 15 working"
                + " days of the strategy discussion",
            "Key Stage 4 average Attainment 8 score",
            "% of pupils attending schools rated good and outstanding by Ofsted")) {
      String block = "//div[contains(@class, 'block')][.//h4[. = '" + measure + "']]";
      assertThat(texts(block + "//img")).as(measure).isEmpty();
      assertThat(texts(block + "//td[contains(@class, 'trend-data')]")).as(measure).isEmpty();
      assertThat(texts(block + "//p[contains(@class, 'lag')]"))
          .as(measure)
          .contains("No earlier values to chart.");
    }
  }

  @Test
  void aChartWhoseValueAxisDoesNotStartAtZeroSaysSo() throws Exception {
    String visits = block("% of children looked after visited within timescales");
    String secondPlans = block("% children who became the subject of a Child Protection Plan");

    assertThat(attribute(visits + "//img", "alt"))
        .contains("The value axis starts at 86%, not at zero.");
    assertThat(attribute(secondPlans + "//img", "alt"))
        .as("5% to 15% is charted from zero")
        .doesNotContain("not at zero");
  }

  @Test
  void theChartsPictureCarriesItsKeyBelowIt() throws Exception {
    assertThat(attribute(block("% of re-referrals within 12 months") + "//img", "height"))
        .isEqualTo(String.valueOf(Math.round(491 / TrendPicture.aspect())));
    try (XWPFDocument word =
        new XWPFDocument(new ByteArrayInputStream(get(BLOCKS + "&format=docx").body()))) {
      assertThat(word.getAllPictures())
          .as("a chart for each of the 12 indicators with more than one value")
          .hasSize(12);
    }
  }

  @Test
  void thePdfAndWordPrintTheSameTrendTable() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(get(BLOCKS + "&format=pdf").body())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Quarter Quarters (%) Target (Quarters) (%) RAG")
          .contains("Month Months (%) Target (Months) (%) RAG")
          .contains("Q3 2022/23 65 75 Red")
          .contains("March 2022 79 75 Green");
    }
    try (XWPFDocument word =
        new XWPFDocument(new ByteArrayInputStream(get(BLOCKS + "&format=docx").body()))) {
      String text =
          word.getTables().stream()
              .flatMap(table -> table.getRows().stream())
              .map(
                  row ->
                      String.join(" ", row.getTableCells().stream().map(c -> c.getText()).toList()))
              .reduce("", (all, row) -> all + row + "\n");
      assertThat(text)
          .contains("Quarter Quarters (%) Target (Quarters) (%) RAG")
          .contains("Q3 2022/23 65 75 Red")
          .contains("March 2022 79 75 Green");
    }
  }

  private String block(String measureStart) {
    return "//div[contains(@class, 'block')][.//h4[starts-with(., '" + measureStart + "')]]";
  }

  private String trendOf(String measureStart) {
    return block(measureStart) + "//td[contains(@class, 'trend-data')]";
  }

  private List<String> texts(String xpath) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, html, XPathConstants.NODESET);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").strip());
    }
    return texts;
  }

  private String attribute(String xpath, String name) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(xpath + "/@" + name, html);
  }

  private HttpResponse<byte[]> get(String query) throws Exception {
    return PaperAddress.get(port, accounts.administrator().bearer(), "indicator-blocks", query);
  }
}
