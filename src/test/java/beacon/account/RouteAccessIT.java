package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.AuditedChanges;
import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.AnsweredRoutes.Answered;
import beacon.account.RouteRequests.Asker;
import beacon.account.RouteRequests.Named;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Beacon answers, asked by every kind of person: the public, a reader, a contributor
 * assigned the indicator and one who is not, a named approver, a performance officer and an
 * administrator of the organisation, an officer and an administrator of another council, and an
 * administrator of every organisation. The routes are read from Spring MVC's own list, so a new
 * route without an access rule fails here. A write route allowed to someone is sent without its
 * fields, so it is refused by its form and writes nothing.
 *
 * <p>Each route is asked again with an organisation named in every other way a request can name one
 * (a query parameter, a repeated or percent-encoded one, a form field, a JSON field, a field of a
 * multipart upload carrying a file of values): the organisation in the path, and only that one,
 * decides. The people of another council are refused the test council's routes (404, as for a
 * council Beacon does not hold) whatever their request names besides, and nothing of the council
 * they name in those other ways is changed or shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT extends EmbeddedDatabaseForTests {

  /** Who asks, and the accesses each should be given on the test council's routes. */
  enum Who {
    THE_PUBLIC(Access.PUBLIC),
    READER(Access.PUBLIC, Access.SIGNED_IN, Access.ORGANISATION_MEMBER),
    ASSIGNED_CONTRIBUTOR(
        Access.PUBLIC, Access.SIGNED_IN, Access.ORGANISATION_MEMBER, Access.INDICATOR_FIGURES),
    NAMED_APPROVER(Access.PUBLIC, Access.SIGNED_IN, Access.ORGANISATION_MEMBER, Access.APPROVER),
    OTHER_CONTRIBUTOR(Access.PUBLIC, Access.SIGNED_IN, Access.ORGANISATION_MEMBER),
    OFFICER(
        Access.PUBLIC,
        Access.SIGNED_IN,
        Access.ORGANISATION_MEMBER,
        Access.INDICATOR_FIGURES,
        Access.APPROVER,
        Access.PERFORMANCE_OFFICER),
    OFFICER_OF_ANOTHER_COUNCIL(Access.PUBLIC, Access.SIGNED_IN),
    ADMINISTRATOR_OF_ANOTHER_COUNCIL(Access.PUBLIC, Access.SIGNED_IN),
    ADMINISTRATOR(
        Access.PUBLIC,
        Access.SIGNED_IN,
        Access.ORGANISATION_MEMBER,
        Access.INDICATOR_FIGURES,
        Access.APPROVER,
        Access.PERFORMANCE_OFFICER,
        Access.ADMINISTRATOR),
    ADMINISTRATOR_OF_EVERY_ORGANISATION(Access.values());

    final Set<Access> given;

    Who(Access... given) {
      this.given = EnumSet.copyOf(List.of(given));
    }

    boolean ofAnotherCouncil() {
      return this == OFFICER_OF_ANOTHER_COUNCIL || this == ADMINISTRATOR_OF_ANOTHER_COUNCIL;
    }

    /** Of the test council itself, and of it only. */
    boolean ofTheCouncil() {
      return this != THE_PUBLIC
          && this != ADMINISTRATOR_OF_EVERY_ORGANISATION
          && !ofAnotherCouncil();
    }

    /** The same role on one's own council, for the people of another council. */
    Who onTheirOwnCouncil() {
      return switch (this) {
        case OFFICER_OF_ANOTHER_COUNCIL -> OFFICER;
        case ADMINISTRATOR_OF_ANOTHER_COUNCIL -> ADMINISTRATOR;
        default -> this;
      };
    }
  }

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired AuditedChanges changes;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private RouteRequests requests;
  private TestCouncil council;
  private TestCouncil another;
  private final Map<Who, Asker> people = new EnumMap<>(Who.class);

  @BeforeAll
  void peopleOfATestCouncilAndOfAnother() {
    requests = new RouteRequests(port);
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("MINE", "80")
            .withQuarterlyIndicator("OTHER", "80");
    another = councils.aCouncil().withQuarterlyIndicator("MINE", "80");
    Map<Who, TestAccount> accountOf = new EnumMap<>(Who.class);
    accountOf.put(Who.READER, accounts.readerOf(council.code()));
    accountOf.put(Who.ASSIGNED_CONTRIBUTOR, accounts.contributorOf(council.code(), "MINE"));
    accountOf.put(Who.OTHER_CONTRIBUTOR, accounts.contributorOf(council.code(), "OTHER"));
    accountOf.put(Who.NAMED_APPROVER, accounts.approverOf(council.code(), "MINE"));
    accountOf.put(Who.OFFICER, accounts.officerOf(council.code()));
    accountOf.put(Who.OFFICER_OF_ANOTHER_COUNCIL, accounts.officerOf(another.code()));
    accountOf.put(Who.ADMINISTRATOR_OF_ANOTHER_COUNCIL, accounts.administratorOf(another.code()));
    accountOf.put(Who.ADMINISTRATOR, accounts.administratorOf(council.code()));
    accountOf.put(Who.ADMINISTRATOR_OF_EVERY_ORGANISATION, accounts.administrator());
    accountOf.forEach((who, account) -> people.put(who, Asker.signedIn(port, account)));
  }

  @Test
  void everyRouteBeaconAnswersHasAnAccessRule() {
    assertThat(AnsweredRoutes.withoutARule(mappings))
        .as("routes with no rule in beacon.security.Routes")
        .isEmpty();
  }

  @Test
  void everyoneIsGivenExactlyTheAccessOfTheirRoleOnEveryRoute() {
    List<String> wrong =
        forEveryRoute(
            (route, found) -> {
              for (Who who : Who.values()) {
                HttpResponse<String> answer =
                    requests.ask(people.get(who), route, council.code(), null, null);
                checkDecision(found, route, who, expected(who, route), answer, "");
                if (who.ofAnotherCouncil() && route.namesAnOrganisation()) {
                  checkRefusedAsNotFound(found, route, who, answer, "");
                }
              }
            });
    assertThat(wrong).isEmpty();
  }

  /**
   * The council's own people, naming another council in every way but the path: each is given
   * exactly what their role gives them on the council of the path, and nothing of the other council
   * is changed or shown.
   */
  @Test
  void anOrganisationNamedAnywhereButThePathChangesNothingOfWhatIsAllowed() {
    long anotherBefore = changes.of(another.code());
    List<String> wrong =
        forEveryRoute(
            (route, found) -> {
              for (Who who : Who.values()) {
                for (Named way : who.ofTheCouncil() ? Named.values() : new Named[0]) {
                  HttpResponse<String> answer =
                      requests.ask(people.get(who), route, council.code(), way, another.code());
                  checkDecision(found, route, who, expected(who, route), answer, " with " + way);
                  checkNotShown(found, route, who, answer, another, way);
                }
              }
            });
    assertThat(wrong).isEmpty();
    assertThat(changes.of(another.code()))
        .as("changes to the council named")
        .isEqualTo(anotherBefore);
  }

  /**
   * The people of another council: refused every route of the test council whatever else their
   * request names (their own council in every other way), and shown nothing of it, nor is anything
   * of it changed, when they name it in every other way on their own council's routes or on routes
   * that name no council.
   */
  @Test
  void thePeopleOfAnotherCouncilCannotReachItByNamingItAnywhere() {
    long councilBefore = changes.of(council.code());
    List<String> wrong =
        forEveryRoute(
            (route, found) -> {
              for (Who who : Who.values()) {
                for (Named way : who.ofAnotherCouncil() ? Named.values() : new Named[0]) {
                  Asker asker = people.get(who);
                  if (route.namesAnOrganisation()) {
                    HttpResponse<String> theirs =
                        requests.ask(asker, route, council.code(), way, another.code());
                    checkRefusedAsNotFound(found, route, who, theirs, " with " + way);
                  }
                  HttpResponse<String> own =
                      requests.ask(asker, route, another.code(), way, council.code());
                  boolean allowed = who.onTheirOwnCouncil().given.contains(route.rule().access());
                  String how = " on their own council with " + way;
                  checkDecision(found, route, who, allowed, own, how);
                  checkNotShown(found, route, who, own, council, way);
                }
              }
            });
    assertThat(wrong).isEmpty();
    assertThat(changes.of(council.code()))
        .as("changes to the council named")
        .isEqualTo(councilBefore);
  }

  /** Runs the check of every route, a few at once, and gathers what each found wrong. */
  private List<String> forEveryRoute(BiConsumer<Answered, List<String>> check) {
    return AnsweredRoutes.checkEach(AnsweredRoutes.of(mappings), check);
  }

  /**
   * Whether the role gives the route's access: on the test council's routes; on a route naming no
   * organisation, for the people of another council as on their own.
   */
  private static boolean expected(Who who, Answered route) {
    Who as = route.namesAnOrganisation() ? who : who.onTheirOwnCouncil();
    return as.given.contains(route.rule().access());
  }

  private static void checkDecision(
      List<String> wrong,
      Answered route,
      Who who,
      boolean expected,
      HttpResponse<String> answer,
      String how) {
    if (!RouteRequests.refused(answer) != expected) {
      wrong.add(
          "%s %s as %s%s: %s, but was answered %d %s"
              .formatted(
                  route.method(),
                  route.path(),
                  who,
                  how,
                  expected ? "allowed" : "refused",
                  answer.statusCode(),
                  answer.headers().firstValue("Location").orElse("")));
    }
    if (answer.statusCode() >= 500) {
      wrong.add(
          "%s %s as %s%s: answered %d"
              .formatted(route.method(), route.path(), who, how, answer.statusCode()));
    }
  }

  /** Another council's data is not found: 404 to read; 403 or 404 to write. */
  private static void checkRefusedAsNotFound(
      List<String> wrong, Answered route, Who who, HttpResponse<String> answer, String how) {
    boolean notFound =
        answer.statusCode() == 404 && answer.body().contains(RouteRequests.NO_SUCH_ORGANISATION);
    if (route.reads() ? !notFound : !(notFound || answer.statusCode() == 403)) {
      wrong.add(
          "%s %s as %s%s: refused as not found, but was answered %d"
              .formatted(route.method(), route.path(), who, how, answer.statusCode()));
    }
  }

  /** Nothing of the council named besides the path is shown: not even its name. */
  private static void checkNotShown(
      List<String> wrong,
      Answered route,
      Who who,
      HttpResponse<String> answer,
      TestCouncil named,
      Named way) {
    Pattern name = Pattern.compile("Test council " + Pattern.quote(named.code()) + "(?!\\d)");
    if (name.matcher(answer.body()).find()) {
      wrong.add(
          "%s %s as %s with %s: shows the council named, %s"
              .formatted(route.method(), route.path(), who, way, named.code()));
    }
  }
}
