package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.papers.Layout;
import beacon.papers.Papers;
import beacon.publishing.PublishedPapers;
import beacon.round.CollectionRounds;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page shows its reader only the controls they may use: as the public, a reader, a
 * contributor assigned one indicator, a performance officer and an administrator, every page of a
 * council is opened in the browser (and checked with axe-core), every link and form it shows is
 * read from it and sent as a real request in the same session, and none may be refused. The
 * controls are read from the pages, so a new control shown to someone its route refuses fails here.
 */
class ControlsByRoleIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final String INDICATOR = "/organisations/{org}/indicators/{code}";
  private static final String CATALOGUE = "GET /organisations/{org}/catalogue/";

  /** What a performance officer may use on the council's pages, beyond reading them. */
  private static final List<String> OFFICERS_CONTROLS =
      List.of(
          "GET " + INDICATOR + "/value MINE",
          "GET " + INDICATOR + "/value OTHER",
          "GET " + INDICATOR + "/commentary MINE",
          "GET " + INDICATOR + "/commentary OTHER",
          "GET " + INDICATOR + "/target MINE",
          "GET " + INDICATOR + "/national MINE",
          "GET /organisations/{org}/imports",
          "GET /organisations/{org}/audit",
          "POST /organisations/{org}/papers",
          "POST /organisations/{org}/rounds",
          "POST /organisations/{org}/rounds/{period}",
          "GET /organisations/{org}/rounds/{period}/indicators/{code}/approve MINE");

  /** What only an administrator may use: the catalogue's changes and the accounts. */
  private static final List<String> ADMINISTRATORS_CONTROLS =
      List.of(
          CATALOGUE + "indicators/new",
          CATALOGUE + "indicators/{code}/edit MINE",
          CATALOGUE + "portfolios/new",
          CATALOGUE + "portfolios/{id}/edit",
          CATALOGUE + "priorities/new",
          CATALOGUE + "priorities/{id}/edit",
          CATALOGUE + "themes/new",
          CATALOGUE + "themes/{id}/edit",
          CATALOGUE + "schemes/new",
          CATALOGUE + "schemes/{id}/edit",
          "GET /accounts");

  /** What every signed-in person reads, to show that the pages were all reached. */
  private static final List<String> READING =
      List.of(
          "GET " + INDICATOR + " MINE",
          "GET " + INDICATOR + " OTHER",
          "GET /organisations/{org}/catalogue",
          "GET /organisations/{org}/papers",
          "GET /organisations/{org}/rounds/{period}",
          "GET /organisations/{org}/due");

  @Autowired TestCouncils councils;
  @Autowired CollectionRounds rounds;
  @Autowired Commentaries commentaries;
  @Autowired Papers papers;
  @Autowired PublishedPapers published;

  private TestCouncil council;
  private String paper;

  @Override
  protected TestAccount signedInAs() {
    return null;
  }

  /**
   * A council of its own for each test, since sending its forms may change it: two indicators with
   * values, a round under way whose commentary for MINE awaits approval, a published paper.
   */
  @BeforeEach
  void aCouncilWithARoundUnderWay() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("MINE", "80")
            .withQuarterlyIndicator("OTHER", "80")
            .withValue("MINE", Q1, "75")
            .withValue("OTHER", Q1, "85");
    rounds.open(
        council.id(),
        Q1,
        new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26)),
        "A. Officer",
        null);
    paper = published.publish(papers.paper(Layout.EXCEPTIONS, council.code(), Q1, null), "A", null);
    commentaries.add(
        council.indicatorId("MINE"),
        Q1.code(),
        "Performance fell to 75%.",
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");
  }

  @Test
  void showsThePublicOnlyPublishedPapersAndTheWayToSignIn() {
    PageControls controls = new PageControls(page, port, path -> false, p -> assertAccessible());
    controls.from("/", "/papers/" + paper);

    assertThat(controls.refused(this::sendAsThePublic)).isEmpty();
    assertThat(controls.routes()).contains("GET /papers/{reference}", "GET /sign-in");
  }

  @Test
  void showsAReaderNoControlTheyMayNotUse() {
    PageControls controls = crawlAs(accounts.readerOf(council.code()), true);

    assertThat(controls.routes()).containsAll(READING);
    assertThat(controls.routes())
        .doesNotContainAnyElementsOf(everything(OFFICERS_CONTROLS, ADMINISTRATORS_CONTROLS));
  }

  @Test
  void showsAContributorTheFormsOfTheIndicatorAssignedToThemAndNoOther() {
    PageControls controls = crawlAs(accounts.contributorOf(council.code(), "MINE"), true);

    assertThat(controls.routes())
        .containsAll(READING)
        .contains("GET " + INDICATOR + "/value MINE", "GET " + INDICATOR + "/commentary MINE")
        .contains("POST " + INDICATOR + "/value MINE", "POST " + INDICATOR + "/commentary MINE");
    assertThat(controls.routes())
        .doesNotContainAnyElementsOf(
            everything(
                OFFICERS_CONTROLS.stream()
                    .filter(c -> !c.endsWith("value MINE") && !c.endsWith("commentary MINE"))
                    .toList(),
                ADMINISTRATORS_CONTROLS));
  }

  @Test
  void showsAPerformanceOfficerTheDataAndPapersButNotTheCatalogueOrAccounts() {
    PageControls controls = crawlAs(accounts.officerOf(council.code()), false);

    assertThat(controls.routes()).containsAll(READING).containsAll(OFFICERS_CONTROLS);
    assertThat(controls.routes()).doesNotContainAnyElementsOf(ADMINISTRATORS_CONTROLS);
  }

  @Test
  void showsAnAdministratorEveryControlOfTheirCouncil() {
    PageControls controls = crawlAs(accounts.administratorOf(council.code()), false);

    assertThat(controls.routes())
        .containsAll(READING)
        .containsAll(OFFICERS_CONTROLS)
        .containsAll(ADMINISTRATORS_CONTROLS);
  }

  /**
   * Opens every page of the council as this person, from the start page, the dashboard and a chosen
   * paper, and expects every control they show to be let through. axe-core checks each page where
   * asked: the pages of those shown the fewest controls, since the other browser tests check the
   * pages with every control, signed in as an administrator.
   */
  private PageControls crawlAs(TestAccount account, boolean checkAccessibility) {
    SignedInSession session =
        SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
    context.addCookies(
        List.of(new Cookie("SESSION", session.cookie()).setDomain("localhost").setPath("/")));
    String organisation = "/organisations/" + council.code();
    Predicate<String> ofTheCouncil =
        path ->
            (path.equals(organisation) || path.startsWith(organisation + "/"))
                    && !path.endsWith(".csv")
                || path.equals("/account/tokens")
                || path.startsWith("/accounts");
    PageControls controls =
        new PageControls(
            page,
            port,
            ofTheCouncil,
            p -> {
              if (checkAccessibility) {
                assertAccessible();
              }
            });
    controls.from(
        "/", organisation, organisation + "/papers?layout=exceptions&period=" + Q1.code());

    List<String> refused =
        controls.refused(
            control ->
                control.method().equals("GET")
                    ? session.get(control.address())
                    : session.postForm(control.address()));
    assertThat(refused).as("controls shown but refused, of pages %s", controls.visited()).isEmpty();
    return controls;
  }

  private HttpResponse<String> sendAsThePublic(PageControls.Control control) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url(control.address())))
                  .method(control.method(), HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SafeVarargs
  private static List<String> everything(List<String>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }
}
