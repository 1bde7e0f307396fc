package beacon.papers.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A paper lists its indicators in the council's order: the order kept with the layout's front
 * sheet, then catalogue order. Buckinghamshire's exceptions report of Q2 2018/19 (seed 000) lists
 * its areas of lower than expected performance in an order of its own, Red before Amber; the
 * demonstration keeps it, and the paper prints it, numbered 1 to 7. A layout may print some
 * indicators under titles of its own, kept with the order.
 */
class PaperOrderIT extends BrowserTest {

  private static final FinancialQuarter Q2 = new FinancialQuarter(2024, 2);

  @Autowired TestCouncils councils;

  @Test
  void buckinghamshiresExceptionsListTheirLowerPerformanceInTheSeedsOrder() throws Exception {
    String html = paper(accounts.administrator(), "825", "exceptions", "2018-19-Q2", "html");
    String lower =
        html.substring(
            html.indexOf("All areas of lower than expected performance"),
            html.indexOf("Education Portfolio"));

    assertThat(measures(lower))
        .containsExactly(
            "% assessments completed in 45 working days",
            "% ICPC (Initial Child Protection Conference) held within 15 working days of the"
                + " strategy discussion",
            "% repeat referrals within 12 months",
            "% Children Looked After (CLA) seen in the last 6 weeks",
            "% of CLA living more than 20 miles from home",
            "% of children waiting less than 14 months between entering care and moving in with"
                + " their adoptive family",
            "% of care leavers in employment, education, or training (EET)");
  }

  @Test
  void anOfficerSetsTheOrderOnTheFrontSheetPageAndTheScorecardFollowsIt() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("FIRST", "80")
            .withValue("FIRST", Q2, "70")
            .withQuarterlyIndicator("SECOND", "80")
            .withValue("SECOND", Q2, "90")
            .withQuarterlyIndicator("THIRD", "80")
            .withValue("THIRD", Q2, "85");
    TestAccounts.TestAccount officer = accounts.officerOf(council.code());
    signIn(officer);
    visit("/organisations/" + council.code() + "/papers/front-sheets/scorecard");
    assertThat(page.locator("#indicator-order tbody td:first-child"))
        .hasText(new String[] {"FIRST", "SECOND", "THIRD"});

    page.getByLabel("Indicator codes in the paper's order").fill("THIRD\nNO-SUCH\n");
    save();
    assertThat(page.locator("#indicatorOrder-error"))
        .containsText("Line 2: there is no indicator NO-SUCH in the catalogue");
    assertAccessible();

    page.getByLabel("Indicator codes in the paper's order").fill("THIRD\n\nSECOND\n");
    page.getByLabel("Titles this layout prints otherwise than the catalogue")
        .fill("SECOND = The second, as the paper words it\nTHIRD The third");
    save();
    assertThat(page.locator("#printedTitles-error"))
        .containsText("Line 2: write it as CSC-REPEAT-REF = % repeat referrals");
    page.getByLabel("Titles this layout prints otherwise than the catalogue")
        .fill("SECOND = The second, as the paper words it");
    page.getByLabel("Headings this layout prints otherwise").fill("Assessment = 1. Assessment");
    save();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The front sheet is saved");
    assertThat(page.locator("#indicator-order tbody td:first-child"))
        .hasText(new String[] {"THIRD", "SECOND", "FIRST"});

    String scorecard = paper(officer, council.code(), "scorecard", Q2.code(), "csv");
    assertThat(scorecard.lines().skip(1).map(row -> row.split(",")[2]).toList())
        .as("the codes, in the scorecard's order")
        .containsExactly("THIRD", "SECOND", "FIRST");
    assertThat(scorecard)
        .contains(",\"The second, as the paper words it\",")
        .contains("Safe children: 1. Assessment,1,THIRD");
  }

  private void save() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the front sheet"))
        .click();
  }

  private static List<String> measures(String html) {
    Matcher measure =
        Pattern.compile("<tr[^>]*>\\s*<td>\\d+</td>\\s*<td>([^<]+)</td>").matcher(html);
    List<String> found = new ArrayList<>();
    while (measure.find()) {
      found.add(measure.group(1).strip().replace("&#39;", "'"));
    }
    return found;
  }

  private String paper(
      TestAccounts.TestAccount as, String council, String layout, String period, String format)
      throws Exception {
    HttpResponse<String> answer =
        TestApi.send(
            port,
            as,
            "GET",
            "/api/v1/organisations/"
                + council
                + "/reports/"
                + layout
                + "?period="
                + period
                + "&format="
                + format,
            null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }
}
