package beacon.national.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Role;
import beacon.national.NationalLinks;
import beacon.web.OpenedForm;
import beacon.web.SignedInSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national link page, opened by one officer before another linked the indicator or ended its
 * link, is refused saying who did what and when; the link stays as the other left it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleNationalLinkIT extends EmbeddedDatabaseForTests {

  private static final String CONFERENCES = "CP_conf_15days";
  private static final String REREFERRALS = "ReReferral";

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired NationalLinks links;

  private TestCouncil council;
  private long indicator;
  private SignedInSession first;
  private SignedInSession second;
  private TestAccount secondOfficer;
  private String page;

  @BeforeEach
  void anIndicatorAndTwoOfficersOfItsCouncil() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    indicator = council.indicatorId("X1");
    TestAccount firstOfficer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    secondOfficer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    first = SignedInSession.signIn(port, firstOfficer.username(), TestAccounts.PASSWORD);
    second = SignedInSession.signIn(port, secondOfficer.username(), TestAccounts.PASSWORD);
    page = "/organisations/" + council.code() + "/indicators/X1/national";
  }

  @Test
  void refusesALinkFromAPageOpenedBeforeSomeoneElseLinkedAnotherMeasure() {
    OpenedForm mine = OpenedForm.on(first, page + "?q=" + CONFERENCES, page);
    HttpResponse<String> theirs =
        OpenedForm.on(second, page + "?q=" + REREFERRALS, page).send("measure", REREFERRALS);
    assertThat(theirs.statusCode()).isEqualTo(302);

    HttpResponse<String> answer =
        mine.send("measure", CONFERENCES, "reason", "The same count as ours");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name())
        .contains(REREFERRALS)
        .contains("after you opened this page");
    assertThat(links.currentOf(indicator).orElseThrow().measureCode()).isEqualTo(REREFERRALS);
    assertThat(links.historyOf(indicator)).hasSize(1);
    assertThat(OpenedForm.of(first, answer.body(), page, "action", "link").fields())
        .containsEntry("measure", CONFERENCES)
        .containsEntry("reason", "The same count as ours");
  }

  @Test
  void refusesEndingALinkFromAPageOpenedBeforeSomeoneElseLinkedAnotherMeasure() {
    links.link(indicator, CONFERENCES, "A. Officer", null);
    OpenedForm ending = OpenedForm.on(first, page, page);
    HttpResponse<String> theirs =
        OpenedForm.of(second, second.get(page + "?q=" + REREFERRALS).body(), page, "action", "link")
            .send("measure", REREFERRALS);
    assertThat(theirs.statusCode()).isEqualTo(302);

    HttpResponse<String> answer = ending.send("endReason", "Not comparable");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name())
        .contains(REREFERRALS);
    assertThat(links.currentOf(indicator).orElseThrow().measureCode()).isEqualTo(REREFERRALS);
    assertThat(links.historyOf(indicator)).hasSize(2);
  }
}
