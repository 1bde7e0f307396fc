package beacon.club;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A club's members change after it is set up: a council joins and is compared once it shares; a
 * member that leaves stops sharing and is compared no more, and both are kept with who and when. A
 * council is compared once on a measure: it cannot share a second indicator under the same name.
 */
class ClubMembersIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;

  @Test
  void aCouncilSharesOneIndicatorUnderAMeasureSoItIsCountedOnce() throws Exception {
    TestCouncil reading =
        councilWith("70").withQuarterlyIndicator("X2", "60").withValue("X2", Q1, "20");
    TestCouncil slough = councilWith("80");
    long club = calls().club("Once a measure club", reading, slough);
    calls().share(reading, "X1", club, "Missing from care");
    calls().share(slough, "X1", club, "Missing from care");

    HttpResponse<String> twice = calls().share(reading, "X2", club, "missing from care");

    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(twice.body())
        .contains(
            "measure: Your council shares X1 with Once a measure club as missing from care"
                + " already: a council is compared once on a measure, so end that share first");
    JsonNode compared = calls().compared(slough, "X1").get(0);
    assertThat(compared.at("/mean").decimalValue()).isEqualByComparingTo("75");
    assertThat(compared.at("/members").size()).isEqualTo(2);
    assertThat(calls().compared(reading, "X2").size()).as("X2 is shared with no club").isZero();
  }

  @Test
  void aMemberThatLeavesStopsSharingAndACouncilThatJoinsIsCompared() throws Exception {
    TestCouncil reading = councilWith("70");
    TestCouncil slough = councilWith("80");
    TestCouncil windsor = councilWith("90");
    long club = calls().club("Changing club", reading, slough);
    calls().share(reading, "X1", club, "Missing from care");
    calls().share(slough, "X1", club, "Missing from care");
    long version = calls().read(club).at("/version").asLong();

    HttpResponse<String> changed = calls().changeMembers(club, version, reading, windsor);

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(calls().read(club).at("/members").size()).isEqualTo(2);
    assertThat(calls().compared(slough, "X1").size())
        .as("the member that left shares no more")
        .isZero();
    assertThat(calls().share(windsor, "X1", club, "Missing from care").statusCode()).isEqualTo(200);
    JsonNode compared = calls().compared(reading, "X1").get(0);
    assertThat(compared.at("/mean").decimalValue()).isEqualByComparingTo("80");
    assertThat(compared.at("/members/0/code").asString()).isEqualTo(windsor.code());
    assertThat(
            db.sql(
                    "select left_by from club_member m join organisation o"
                        + " on o.id = m.organisation_id where m.club_id = ? and o.code = ?")
                .params(club, slough.code())
                .query(String.class)
                .single())
        .as("the membership ended is kept, with who ended it")
        .isEqualTo(accounts.administrator().account().name());
    assertThat(
            db.sql(
                    "select count(*) from club_share s join organisation o"
                        + " on o.id = s.organisation_id where s.club_id = ? and o.code = ?"
                        + " and s.ended_by is not null")
                .params(club, slough.code())
                .query(Integer.class)
                .single())
        .as("its share ended is kept")
        .isEqualTo(1);

    HttpResponse<String> stale = calls().changeMembers(club, version, reading, slough);
    assertThat(stale.statusCode()).isEqualTo(409);
    List<String> members = new ArrayList<>();
    calls().read(club).at("/members").forEach(m -> members.add(m.at("/code").asString()));
    assertThat(members)
        .as("a change at an old version is refused and nothing is written")
        .containsExactlyInAnyOrder(reading.code(), windsor.code());
    HttpResponse<String> alone =
        calls().changeMembers(club, calls().read(club).at("/version").asLong(), reading);
    assertThat(alone.statusCode()).isEqualTo(422);
    assertThat(alone.body()).contains("members: Choose at least two councils");
  }

  @Test
  void aHubAdministratorChangesTheMembersOnTheClubsPageAndAnOldFormIsRefused() throws Exception {
    TestCouncil one = councils.aCouncil();
    TestCouncil two = councils.aCouncil();
    TestCouncil three = councils.aCouncil();
    long club = calls().club("Page club " + one.code(), one, two);

    visit("/clubs");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Change members of Page club " + one.code()))
        .click();
    assertThat(page.getByLabel("Test council " + two.code() + " (" + two.code() + ")")).isChecked();
    assertAccessible();
    page.getByLabel("Test council " + two.code() + " (" + two.code() + ")").uncheck();
    page.getByLabel("Test council " + three.code() + " (" + three.code() + ")").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the members"))
        .click();

    assertThat(page.locator("#changed"))
        .containsText("The members of Page club " + one.code() + " are saved.");
    assertThat(page.locator("#clubs")).containsText("Test council " + three.code());
    assertThat(page.locator("#clubs")).not().containsText("Test council " + two.code());

    visit("/clubs/" + club);
    calls().changeMembers(club, calls().read(club).at("/version").asLong(), one, two, three);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the members"))
        .click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Someone changed the members of Page club " + one.code());
    // the form shows the members now
    assertThat(page.getByLabel("Test council " + two.code() + " (" + two.code() + ")")).isChecked();
    assertAccessible();
  }

  private TestCouncil councilWith(String figure) {
    return councils.aCouncil().withQuarterlyIndicator("X1", "60").withValue("X1", Q1, figure);
  }

  private ClubCalls calls() {
    return new ClubCalls(port, accounts);
  }
}
