package beacon.papers.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.organisation.Organisations;
import beacon.papers.FrontSheet;
import beacon.papers.FrontSheets;
import beacon.papers.Layout;
import beacon.papers.Printing;
import beacon.rules.period.FinancialQuarter;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council keeps a front sheet for each layout of paper, as Wokingham's committee report (seed
 * 004) sets one out: an officer writes it once on its page, and every paper of that layout opens
 * with it, in every format, with only the parts written; a paper may change a part for its meeting.
 * Two officers' saves never overwrite each other unseen, and the audit trail keeps every earlier
 * text.
 */
class TheCouncilsFrontSheetIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 2);

  @Autowired TestCouncils councils;
  @Autowired FrontSheets frontSheets;
  @Autowired Organisations organisations;
  @Autowired JdbcClient db;

  private TestCouncils.TestCouncil council;
  private TestAccounts.TestAccount officer;
  private String org;

  @BeforeEach
  void aCouncilWithAQuarterToReport() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("CP-VISITS", "90")
            .withValue("CP-VISITS", Q1, "97.4");
    officer = accounts.officerOf(council.code());
    org = "/organisations/" + council.code();
  }

  @Test
  void anOfficerWritesTheFrontSheetOnceAndEveryCommitteeSummaryOpensWithIt() throws Exception {
    signIn(officer);
    visit(org + "/papers?layout=committee-summary&period=" + Q1.code());
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Change the front sheet every committee summary paper opens with"))
        .click();
    assertThat(page.locator("h1")).hasText("Front sheet: Committee summary");
    page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
        .fill("Children's Services Performance Indicators");
    page.getByLabel("For consideration by")
        .fill("Children's Services Overview and Scrutiny Committee");
    page.getByLabel("Meeting date").fill("2017-09-12");
    page.getByLabel("Wards affected").fill("None Specific");
    page.getByLabel("Strategic director").fill("Judith Ramsden, Director of People Services");
    page.getByLabel("Contact officer").fill("Caroline McKenna");
    page.getByLabel("Service", new Page.GetByLabelOptions().setExact(true)).fill("People Services");
    page.getByLabel("Telephone number").fill("0118 974 4086");
    page.getByLabel("Email address").fill("Caroline.McKenna@wokingham.gov.uk");
    page.getByLabel("Recommendation", new Page.GetByLabelOptions().setExact(true))
        .fill("That the Children's Services performance indicators be noted.");
    page.getByLabel("Summary of report")
        .fill(
            "The latest indicators available are the quarterly indicators to June 2017.\n\n"
                + "The most recent report is Appendix A.");
    page.getByLabel("List of background papers").fill("None");
    page.getByLabel("Date of the report").fill("2017-08-25");
    page.getByLabel("Version number").fill("1");
    assertAccessible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the front sheet"))
        .click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The front sheet is saved");
    assertThat(page.locator("#front-sheet-saved")).containsText("Last saved by");
    assertAccessible();

    String html = paper("committee-summary", "html");
    assertThat(html)
        .contains("<th scope=\"row\">FOR CONSIDERATION BY</th>")
        .contains("Children&#39;s Services Overview and Scrutiny Committee on 12 September 2017")
        .contains("<th scope=\"row\">WARD</th>")
        .contains("Judith Ramsden, Director of People Services")
        .contains("<td>Caroline McKenna</td>")
        .contains("<td>Caroline.McKenna@wokingham.gov.uk</td>")
        .contains("<h2>List of Background Papers</h2>")
        .contains(
            "<p>The latest indicators available are the quarterly indicators to June 2017.</p>")
        .contains("<p>The most recent report is Appendix A.</p>")
        .contains("<td>25 August 2017</td>")
        .contains("<th scope=\"row\">Version No.</th>");
    assertThat(html.indexOf("SUMMARY OF REPORT"))
        .as("the summary before the analysis, the background papers after it")
        .isLessThan(html.indexOf("Analysis of Issues"));
    assertThat(html.indexOf("Analysis of Issues"))
        .isLessThan(html.indexOf("List of Background Papers"));

    try (XWPFDocument word =
        new XWPFDocument(new ByteArrayInputStream(paperBytes("committee-summary", "docx")))) {
      List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts.get(0)).isEqualTo("Children's Services Performance Indicators");
      assertThat(word.getTables().get(0).getRows())
          .extracting(row -> row.getCell(0).getText())
          .containsExactly("TITLE", "FOR CONSIDERATION BY", "WARD", "STRATEGIC DIRECTOR");
      assertThat(texts).contains("List of Background Papers", "None");
      assertThat(word.getTables().get(word.getTables().size() - 1).getRow(0).getCell(1).getText())
          .isEqualTo("Caroline McKenna");
    }
    assertThat(paper("exceptions", "html"))
        .as("kept for its layout only")
        .doesNotContain("Judith Ramsden");
  }

  @Test
  void aPaperChangesAPartForItsMeetingAndKeepsTheRest() throws Exception {
    keptByAnother(
        Layout.COMMITTEE_SUMMARY,
        new FrontSheet("Performance Indicators", "Scrutiny", null, null, null));

    String html =
        paper("committee-summary", "html", "&committee=Children%27s+Services+Overview+Committee");

    assertThat(html)
        .contains("<h1>Performance Indicators</h1>")
        .contains("Children&#39;s Services Overview Committee")
        .doesNotContain("<td>Scrutiny</td>");
  }

  @Test
  void aSaveMadeSinceThePageWasOpenedIsNotOverwritten() {
    signIn(officer);
    visit(org + "/papers/front-sheets/exceptions");
    page.getByLabel("Wards affected").fill("None Specific");
    keptByAnother(
        Layout.EXCEPTIONS, new FrontSheet("Appendix A: performance", null, null, null, null));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the front sheet"))
        .click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The front sheet was saved by Another Officer");
    assertThat(page.getByLabel("Wards affected")).hasValue("None Specific");
    assertThat(kept(Layout.EXCEPTIONS).title()).isEqualTo("Appendix A: performance");
    assertThat(kept(Layout.EXCEPTIONS).wards()).isEmpty();
    assertAccessible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the front sheet"))
        .click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The front sheet is saved");
    assertThat(kept(Layout.EXCEPTIONS).wards()).isEqualTo("None Specific");
    List<String> titles =
        db.sql(
                "select coalesce(old_row ->> 'title', '') from audit_event"
                    + " where table_name = 'front_sheet' and action = 'UPDATE'"
                    + " and organisation_id = :organisation")
            .param("organisation", organisationId())
            .query(String.class)
            .list();
    assertThat(titles)
        .as("the trail keeps the text each save replaced")
        .contains("Appendix A: performance");
  }

  @Test
  void aDayNotWrittenAsADayIsRefusedAtItsFieldAndNothingIsSaved() {
    signIn(officer);
    visit(org + "/papers/front-sheets/scorecard");
    page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Cabinet scorecard");
    page.getByLabel("Meeting date").fill("12/09/2017");
    page.getByLabel("Email address").fill("not an address");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the front sheet"))
        .click();

    assertThat(page.locator("#meeting-error")).containsText("year, month and day, like 2017-09-12");
    assertThat(page.locator("#email-error")).containsText("name@council.gov.uk");
    assertThat(page.getByLabel("Meeting date")).hasValue("12/09/2017");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(kept(Layout.SCORECARD).title()).isEmpty();
    assertAccessible();
  }

  @Test
  void aReaderSeesNoWayToChangeItAndCannotOpenItsPage() {
    signIn(accounts.readerOf(council.code()));
    visit(org + "/papers?layout=committee-summary&period=" + Q1.code());
    assertThat(page.locator("#kept-front-sheet")).hasCount(0);

    assertThat(page.navigate(url(org + "/papers/front-sheets/committee-summary")).status())
        .isEqualTo(403);
  }

  /** Another officer saves the layout's front sheet, as its page does. */
  private void keptByAnother(Layout layout, FrontSheet sheet) {
    long version = frontSheets.of(organisationId(), layout).version();
    assertThat(
            frontSheets.keep(
                organisationId(),
                layout,
                version,
                sheet,
                Printing.asCatalogued(),
                "Another Officer"))
        .isTrue();
  }

  private FrontSheet kept(Layout layout) {
    return frontSheets.of(organisationId(), layout).sheet();
  }

  private long organisationId() {
    return organisations.withCode(council.code()).orElseThrow().id();
  }

  private String paper(String layout, String format) throws Exception {
    return paper(layout, format, "");
  }

  private String paper(String layout, String format, String more) throws Exception {
    HttpResponse<String> answer =
        TestApi.send(port, officer, "GET", address(layout, format) + more, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  private byte[] paperBytes(String layout, String format) throws Exception {
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url(address(layout, format))))
                    .header("Authorization", officer.bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  private String address(String layout, String format) {
    return "/api/v1/organisations/"
        + council.code()
        + "/reports/"
        + layout
        + "?period="
        + Q1.code()
        + "&format="
        + format;
  }
}
