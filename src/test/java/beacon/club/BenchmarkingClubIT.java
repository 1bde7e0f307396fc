package beacon.club;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestApi;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.scorecard.Scorecards;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One Beacon for a benchmarking club: a hub administrator sets up a club of councils; each member
 * shares a local indicator with it under the club's name for the measure, and sees the club's mean,
 * its rank and each member's figure. A council outside the club is not compared and cannot share; a
 * council's own administrator cannot set up clubs; every share is in the audit trail.
 */
class BenchmarkingClubIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;
  @Autowired Scorecards scorecards;

  @Test
  void membersSharingAMeasureAreComparedOnItAndNoOneElseIs() throws Exception {
    TestCouncil reading = councilWith("70");
    TestCouncil slough = councilWith("80");
    TestCouncil outsider = councilWith("90");
    long club = club("Thames Valley club", reading, slough);

    assertThat(share(reading, club, "Children missing from care").statusCode()).isEqualTo(200);
    HttpResponse<String> again = share(reading, club, "children missing from care");
    assertThat(again.body()).contains("\"measure\":\"Children missing from care\"");
    assertThat(share(slough, club, "children missing from care ").statusCode()).isEqualTo(200);
    HttpResponse<String> notAMember = share(outsider, club, "Children missing from care");
    assertThat(notAMember.statusCode()).isEqualTo(404);

    JsonNode compared = compared(reading).get(0);
    assertThat(compared.at("/clubName").asString()).isEqualTo("Thames Valley club");
    assertThat(compared.at("/mean").decimalValue()).isEqualByComparingTo("75");
    assertThat(compared.at("/withFigure").asInt()).isEqualTo(2);
    assertThat(compared.at("/rank").asInt()).isEqualTo(2);
    assertThat(compared.at("/members/0/code").asString()).isEqualTo(slough.code());
    assertThat(compared.at("/members/0/rank").asInt()).isEqualTo(1);
    assertThat(compared.at("/members").size())
        .as("the council outside the club is not compared")
        .isEqualTo(2);
    assertThat(compared(outsider).size()).isZero();
    assertThat(clubMean(reading))
        .as("the club's mean is a benchmark of the scorecard, and so of the papers")
        .isEqualTo("Thames Valley club mean 75% (Thames Valley club, 2 members)");
    assertThat(
            db.sql(
                    "select count(*) from audit_event where table_name = 'club_share'"
                        + " and indicator_id = ? and action = 'INSERT'")
                .param(reading.indicatorId("X1"))
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    HttpResponse<String> ended =
        TestApi.send(
            port,
            accounts.officerOf(slough.code()),
            "DELETE",
            indicator(slough) + "/clubs/" + club,
            null);
    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(compared(reading).get(0).at("/members").size())
        .as("a member that stopped sharing is compared no more")
        .isEqualTo(1);
    assertThat(clubMean(reading))
        .isEqualTo("Thames Valley club mean 70% (Thames Valley club, 1 member)");
  }

  @Test
  void onlyAHubAdministratorSetsUpAClubAndAClubNeedsTwoMembers() throws Exception {
    TestCouncil one = councils.aCouncil();
    TestCouncil two = councils.aCouncil();
    String body =
        "{\"name\": \"A club\", \"members\": [\"" + one.code() + "\", \"" + two.code() + "\"]}";

    assertThat(
            TestApi.send(port, accounts.administratorOf(one.code()), "POST", "/api/v1/clubs", body)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> alone =
        TestApi.send(
            port,
            accounts.administrator(),
            "POST",
            "/api/v1/clubs",
            "{\"name\": \"A lonely club\", \"members\": [\"" + one.code() + "\"]}");
    assertThat(alone.statusCode()).isEqualTo(422);
    assertThat(alone.body()).contains("members: Choose at least two councils");
    assertThat(
            db.sql("select count(*) from benchmarking_club where name = 'A lonely club'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aMemberSharesAnIndicatorOnItsPageAndSeesTheClubsMeanAndItsRank() throws Exception {
    TestCouncil wokingham = councilWith("64");
    TestCouncil bracknell = councilWith("58");
    long club = club("Berkshire club", wokingham, bracknell);
    share(bracknell, club, "Early help assessments in 20 days");

    visit("/organisations/" + wokingham.code() + "/indicators/X1?period=2024-25-Q1");
    page.locator("#club-measure").fill("Early help assessments in 20 days");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with the club"))
        .click();

    assertThat(page.locator("#club-done"))
        .hasText("Shared with Berkshire club as Early help assessments in 20 days.");
    Locator table = page.locator("#club-table-1");
    assertThat(table.locator("caption"))
        .hasText("Berkshire club: Early help assessments in 20 days, Q1 2024/25");
    assertThat(table.locator("tbody tr")).hasCount(2);
    assertThat(table.locator("tbody tr").first()).containsText("Test council " + wokingham.code());
    assertThat(page.locator("#club-mean-1"))
        .hasText("Club mean: 61%, of 2 members with a figure. This council is ranked 1 of 2.");
    assertAccessible();

    page.getByText("Stop sharing with Berkshire club").click();
    assertThat(page.locator("#club-done")).hasText("No longer shared with Berkshire club.");
    assertThat(page.locator("#clubs-none")).isVisible();
  }

  @Test
  void aHubAdministratorSetsUpAClubOnItsPage() {
    TestCouncil one = councils.aCouncil();
    TestCouncil two = councils.aCouncil();

    visit("/");
    page.locator("#clubs-link").click();
    Locator setUp =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the club"));
    setUp.click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the club's name");
    assertAccessible();

    page.locator("#name").fill("North club " + one.code());
    page.getByLabel("Test council " + one.code() + " (" + one.code() + ")").check();
    page.getByLabel("Test council " + two.code() + " (" + two.code() + ")").check();
    setUp.click();

    assertThat(page.locator("#created")).containsText("North club " + one.code() + " is set up.");
    assertThat(page.locator("#clubs")).containsText("North club " + one.code());
    assertAccessible();
  }

  private String clubMean(TestCouncil council) {
    return scorecards.forPeriod(council.code(), Q1).indicators().get(0).benchmarks().stream()
        .filter(b -> b.name().endsWith(" club mean"))
        .map(b -> b.name() + " " + b.display() + " (" + b.source() + ")")
        .findFirst()
        .orElse("none");
  }

  private TestCouncil councilWith(String figure) {
    return councils.aCouncil().withQuarterlyIndicator("X1", "60").withValue("X1", Q1, figure);
  }

  private long club(String name, TestCouncil... members) throws Exception {
    return calls().club(name, members);
  }

  private HttpResponse<String> share(TestCouncil council, long club, String measure)
      throws Exception {
    return calls().share(council, "X1", club, measure);
  }

  private JsonNode compared(TestCouncil council) throws Exception {
    return calls().compared(council, "X1");
  }

  private ClubCalls calls() {
    return new ClubCalls(port, accounts);
  }

  private static String indicator(TestCouncil council) {
    return ClubCalls.indicator(council, "X1");
  }
}
