package beacon.papers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rating.RatingJudgements;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.trend.TrendChart;
import beacon.trend.TrendPicture;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * A rating given by a person in place of the computed one is the rating of its value wherever the
 * value is shown: the scorecard's headline, the indicator page's trend chart and table, and the
 * history every paper prints beside the current value (the scorecard's quarter columns, an
 * indicator block's trend, its chart as a picture in the web page and the Word file, and its data
 * in the PDF).
 */
class JudgedRatingsIT extends BrowserTest {

  private static final String CODE = "JUDGED-1";
  private static final String MEASURE = "Indicator " + CODE;
  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final FinancialQuarter Q4 = new FinancialQuarter(2024, 4);

  /** The picture's pixels for each unit of the chart, as papers draw it. */
  private static final double PICTURE_SCALE = TrendPicture.SCALE;

  private static final int AMBER_FILL = 0xf47738;

  @Autowired TestCouncils councils;
  @Autowired RatingJudgements judgements;
  @Autowired Scorecards scorecards;
  @Autowired Papers papers;

  private TestCouncil council;

  /** Two-state against a target of 80%: Q1 70% Red, Q2 85% and Q3 90% Green, Q4 75% Red. */
  @BeforeEach
  void aCouncilWithAYearOfValues() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator(CODE, "80")
            .withValue(CODE, Q1, "70")
            .withValue(CODE, Q1.next(), "85")
            .withValue(CODE, Q1.next().next(), "90")
            .withValue(CODE, Q4, "75");
  }

  @Test
  void anOverriddenLatestRatingIsTheSameInTheHeadlineTheTrendChartAndEveryPapersHistory()
      throws Exception {
    overridden(Q4, Rag.AMBER);

    ScorecardLine line = line();
    assertThat(line.rag()).isEqualTo(Rag.AMBER);
    assertThat(line.ratingBasis()).isEqualTo(RatingBasis.OVERRIDE);
    assertThat(line.computedRag()).isEqualTo(Rag.RED);

    visit("/organisations/" + council.code() + "/indicators/" + CODE + "?period=" + Q4.code());
    assertThat(page.locator("#rating ~ p .beacon-rag").first()).hasText("Amber");
    assertThat(page.locator("svg#trend-chart path[data-period='Q4 2024/25']"))
        .hasAttribute("data-rag", "AMBER");
    assertThat(valuesRow("Q4 2024/25").locator(".beacon-rag")).hasText("Amber");

    for (Layout layout : Layout.values()) {
      PaperLine printed = paperLine(layout);
      assertThat(printed.rag()).as(layout.urlName()).isEqualTo(Rag.AMBER);
      assertThat(printed.columns().get(4).label()).isEqualTo("Q4 Mar 2025");
      assertThat(printed.columns().get(4).rag()).as(layout.urlName()).isEqualTo(Rag.AMBER);
      assertThat(printed.trend().get(3).label()).isEqualTo("Q4 2024/25");
      assertThat(printed.trend().get(3).rag()).as(layout.urlName()).isEqualTo(Rag.AMBER);
    }
    assertThePapersFilesShow("Q4 2024/25", "75", "Amber", 3);
  }

  @Test
  void anEarlierQuartersOverrideStaysInTheHistoryOfALaterReport() throws Exception {
    overridden(Q1, Rag.AMBER);

    assertThat(line().rag()).isEqualTo(Rag.RED);

    visit("/organisations/" + council.code() + "/indicators/" + CODE + "?period=" + Q4.code());
    assertThat(page.locator("#rating ~ p .beacon-rag").first()).hasText("Red");
    assertThat(page.locator("svg#trend-chart path[data-period='Q1 2024/25']"))
        .hasAttribute("data-rag", "AMBER");
    assertThat(page.locator("svg#trend-chart path[data-period='Q4 2024/25']"))
        .hasAttribute("data-rag", "RED");
    assertThat(valuesRow("Q1 2024/25").locator(".beacon-rag")).hasText("Amber");

    for (Layout layout : Layout.values()) {
      PaperLine printed = paperLine(layout);
      assertThat(printed.rag()).as(layout.urlName()).isEqualTo(Rag.RED);
      assertThat(printed.columns().get(1).label()).isEqualTo("Q1 Jun 2024");
      assertThat(printed.columns().get(1).rag()).as(layout.urlName()).isEqualTo(Rag.AMBER);
      assertThat(printed.trend().get(0).rag()).as(layout.urlName()).isEqualTo(Rag.AMBER);
      assertThat(printed.trend().get(3).rag()).as(layout.urlName()).isEqualTo(Rag.RED);
    }
    assertThePapersFilesShow("Q1 2024/25", "70", "Amber", 0);
  }

  private void overridden(FinancialQuarter quarter, Rag rag) {
    judgements.add(
        council.indicatorId(CODE),
        quarter.code(),
        RatingBasis.OVERRIDE,
        rag,
        "two teams' figures arrived late",
        "head.of.service");
  }

  private ScorecardLine line() {
    return scorecards.forPeriod(council.code(), Q4).indicators().get(0);
  }

  private Locator valuesRow(String period) {
    return page.locator("#values tbody tr").filter(new Locator.FilterOptions().setHasText(period));
  }

  private PaperLine paperLine(Layout layout) {
    List<PaperLine> lines = papers.paper(layout, council.code(), Q4, null).lines();
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  /**
   * The indicator blocks as a web page (the trend's table, and its chart as a picture), as a Word
   * file (the chart's picture) and as a PDF (the trend's table) show the point's rating.
   */
  private void assertThePapersFilesShow(String period, String value, String rag, int point)
      throws Exception {
    String query = "org=" + council.code() + "&period=" + Q4.code();
    TrendChart.Point charted = paperLine(Layout.INDICATOR_BLOCKS).trendChart().points().get(point);

    Document html = html(get("indicator-blocks", query + "&format=html"));
    XPathFactory xpath = XPathFactory.newInstance();
    String row = "//td[contains(@class, 'trend-data')]//tbody/tr[th = '" + period + "']";
    assertThat(xpath.newXPath().evaluate(row + "/td[1]", html)).isEqualTo(value);
    assertThat(xpath.newXPath().evaluate(row + "/td[3]", html)).isEqualTo(rag);
    String src = xpath.newXPath().evaluate("//div[contains(@class, 'block')]//img/@src", html);
    byte[] htmlPicture =
        Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
    assertThat(colourAt(htmlPicture, charted)).isEqualTo(AMBER_FILL);

    try (XWPFDocument word =
        new XWPFDocument(
            new ByteArrayInputStream(get("indicator-blocks", query + "&format=docx")))) {
      assertThat(word.getAllPictures()).hasSize(1);
      assertThat(colourAt(word.getAllPictures().get(0).getData(), charted)).isEqualTo(AMBER_FILL);
    }

    try (PDDocument pdf = Loader.loadPDF(get("indicator-blocks", query + "&format=pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains(period + " " + value + " 80 " + rag);
    }
  }

  private static int colourAt(byte[] png, TrendChart.Point point) throws Exception {
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
    return picture.getRGB(
            (int) Math.round(point.x() * PICTURE_SCALE),
            (int) Math.round(point.y() * PICTURE_SCALE))
        & 0xffffff;
  }

  private static Document html(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
  }

  private byte[] get(String layout, String query) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + PaperAddress.of(layout, query)))
                    .header("Authorization", accounts.administrator().bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(layout + " " + query).isEqualTo(200);
    return response.body();
  }
}
