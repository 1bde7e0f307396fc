package beacon.audit.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.audit.AuditTrail;
import beacon.rules.audit.FieldChange;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Figure;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import beacon.web.BrowserTest;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer reads who changed what, filters the trail by indicator, user and day, and downloads
 * it; the API answers the same.
 */
class AuditPageIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  private TestCouncil council;

  @BeforeEach
  void aCouncilWhoseValuesTwoOfficersEnteredAndOneCorrected() {
    council =
        councils.aCouncil().withQuarterlyIndicator("W1", "80").withQuarterlyIndicator("W2", "60");
    record("W1", Q1, "75", "Ann Officer", null);
    record("W2", Q1, "55", "Ann Officer", null);
    record("W1", Q1, "80", "Bob Officer", "The return was keyed wrongly");
  }

  @Test
  void showsWhoChangedWhatAndWhyNewestFirst() {
    visit(trail(""));

    assertThat(page.locator("h1")).containsText("Audit trail");
    var first = page.locator("#changes tbody tr").first();
    assertThat(first).containsText("Bob Officer");
    assertThat(first).containsText("Value corrected");
    assertThat(first).containsText("W1");
    assertThat(first).containsText("75");
    assertThat(first).containsText("80");
    assertThat(first).containsText("The return was keyed wrongly");
    assertThat(
            first.getByRole(
                AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("W1")))
        .hasAttribute("href", "/organisations/" + council.code() + "/indicators/W1");
    assertAccessible();
  }

  @Test
  void filtersByIndicatorFromTheIndicatorPage() {
    visit("/organisations/" + council.code() + "/indicators/W2?period=" + Q1.code());
    page.getByText("Changes to this indicator").click();

    assertThat(page.getByLabel("Indicator code")).hasValue("W2");
    assertThat(page.locator("#changes tbody tr")).not().hasCount(0);
    for (String text : page.locator("#changes tbody tr td:nth-child(4)").allTextContents()) {
      assertThat(text.strip()).isEqualTo("W2");
    }
    assertThat(page.locator("#changes")).not().containsText("Bob Officer");
    assertAccessible();
  }

  @Test
  void filtersByUserAndByDay() {
    visit(trail(""));
    page.getByLabel("Username").fill("Bob Officer");
    page.getByText("Show changes").click();

    assertThat(page.locator("#changes tbody tr")).hasCount(1);
    assertThat(page.locator("#changes")).containsText("Value corrected");

    page.getByLabel("Username").fill("");
    page.getByLabel("Day").fill(LocalDate.now(AuditTrail.ENGLAND).toString());
    page.getByText("Show changes").click();
    assertThat(page.locator("#changes")).containsText("Bob Officer");
    assertThat(page.locator("#changes")).containsText("Ann Officer");

    page.getByLabel("Day").fill("2001-01-01");
    page.getByText("Show changes").click();
    assertThat(page.locator("#no-changes")).hasText("No changes match these filters.");
    assertAccessible();
  }

  @Test
  void aDayThatIsNoDayIsAFormErrorNotAStackTrace() {
    var response = page.navigate(url(trail("?day=last+Tuesday")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(page.locator(".govuk-error-summary")).containsText("'last Tuesday' is not a day");
    assertThat(page.locator("#day-error")).containsText("for example 2026-11-24");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Audit trail"));
    assertAccessible();

    visit(trail("?indicator=NO-SUCH"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("There is no indicator 'NO-SUCH'");
  }

  @Test
  void pagesAHundredChangesAtATime() {
    TestCouncil busy = councils.aCouncil().withQuarterlyIndicator("M1", "80");
    for (int quarter = 0; quarter < 95; quarter++) {
      values.record(
          new NewValue(
              busy.indicatorId("M1"),
              new FinancialQuarter(2020 + quarter / 4, quarter % 4 + 1),
              Figure.of(BigDecimal.valueOf(quarter)),
              null,
              null,
              false,
              null,
              null),
          "M1",
          "Cal Officer",
          null);
    }

    visit("/organisations/" + busy.code() + "/audit");
    assertThat(page.locator("#showing")).containsText("Showing changes 1 to 100 of");
    assertThat(page.locator("#changes tbody tr")).hasCount(100);
    page.locator(".govuk-pagination__next a").click();
    assertThat(page.locator("#showing")).containsText("Showing changes 101 to");
    assertThat(page.locator(".govuk-pagination__item--current")).containsText("2");
    assertAccessible();
  }

  @Test
  void theDashboardLinksToTheTrail() {
    visit("/organisations/" + council.code());
    page.getByText("Audit trail").click();

    assertThat(page.locator("h1")).containsText("Audit trail: Test council " + council.code());
  }

  @Test
  void exportsTheFilteredChangesAsCsv() throws Exception {
    visit(trail("?indicator=W1"));
    String export = page.locator("#export").getAttribute("href");
    assertThat(export).isEqualTo(trail(".csv?indicator=W1"));

    HttpResponse<String> response = get(export);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition)
                    .contains("attachment")
                    .contains("audit-" + council.code() + "-W1.csv"));
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(response.body()))
            .getRecords();
    assertThat(rows).extracting(row -> row.get("indicator")).containsOnly("W1");
    CSVRecord correction = rows.get(0);
    assertThat(correction.get("username")).isEqualTo("Bob Officer");
    assertThat(correction.get("what")).isEqualTo("Value");
    assertThat(correction.get("action")).isEqualTo("UPDATE");
    assertThat(correction.get("indicator")).isEqualTo("W1");
    assertThat(correction.get("changes"))
        .isEqualTo(new FieldChange("value", "75", "80").toString());
    assertThat(correction.get("reason")).isEqualTo("The return was keyed wrongly");
    assertThat(correction.get("changed_at")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(JSON.readTree(correction.get("old_row")).get("value").asString()).isEqualTo("75");
    assertThat(JSON.readTree(correction.get("new_row")).get("value").asString()).isEqualTo("80");
    assertThat(rows.get(1).get("action")).isEqualTo("INSERT");
    assertThat(rows.get(1).get("username")).isEqualTo("Ann Officer");
    assertThat(rows.get(1).get("old_row")).isEmpty();
  }

  @Test
  void theApiAnswersTheSameChangesAndNamesWhatItCannotRead() throws Exception {
    HttpResponse<String> response =
        get("/api/v1/organisations/" + council.code() + "/audit?user=Bob+Officer");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode page = JSON.readTree(response.body());
    assertThat(page.get("totalItems").asInt()).isEqualTo(1);
    JsonNode change = page.get("items").get(0);
    assertThat(change.get("what").asString()).isEqualTo("Value");
    assertThat(change.get("indicator").asString()).isEqualTo("W1");
    assertThat(change.get("reason").asString()).isEqualTo("The return was keyed wrongly");
    assertThat(change.get("changes").get(0).get("before").asString()).isEqualTo("75");
    assertThat(change.get("changes").get(0).get("after").asString()).isEqualTo("80");

    HttpResponse<String> badDay =
        get("/api/v1/organisations/" + council.code() + "/audit?day=2026-13-45");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badDay.body()).get("detail").asString())
        .contains("day: Enter the day as year, month and day");
    assertThat(get("/api/v1/organisations/NOPE/audit").statusCode()).isEqualTo(404);
  }

  private String trail(String rest) {
    return "/organisations/" + council.code() + "/audit" + rest;
  }

  private void record(
      String code, FinancialQuarter quarter, String value, String by, String reason) {
    values.record(
        new NewValue(
            council.indicatorId(code),
            quarter,
            Figure.of(new BigDecimal(value)),
            null,
            null,
            false,
            null,
            null),
        code,
        by,
        reason);
  }

  /** Every request outside the browser goes through here, with the administrator's token. */
  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", accounts.administrator().bearer())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
