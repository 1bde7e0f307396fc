package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.AuditedChanges;
import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.web.Multipart;
import beacon.web.Routes;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

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
    ADMINISTRATOR(Access.values()),
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

  /** The ways a request can name an organisation besides the path. */
  enum Named {
    QUERY_PARAMETER,
    REPEATED_PARAMETER,
    PERCENT_ENCODED_NAME,
    PERCENT_ENCODED_VALUE,
    FORM_FIELD,
    JSON_FIELD,
    MULTIPART_FIELD
  }

  /** What the refusal of an organisation the asker does not belong to says, as for none held. */
  private static final String NO_SUCH_ORGANISATION = "There is no organisation with the code";

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired AuditedChanges changes;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();
  private TestCouncil council;
  private TestCouncil another;
  private final Map<Who, TestAccount> people = new LinkedHashMap<>();
  private final Map<Who, SignedInSession> sessions = new LinkedHashMap<>();
  private final Map<Who, String> csrfTokens = new LinkedHashMap<>();

  @BeforeAll
  void peopleOfATestCouncilAndOfAnother() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("MINE", "80")
            .withQuarterlyIndicator("OTHER", "80");
    another = councils.aCouncil().withQuarterlyIndicator("MINE", "80");
    people.put(Who.READER, accounts.readerOf(council.code()));
    people.put(Who.ASSIGNED_CONTRIBUTOR, accounts.contributorOf(council.code(), "MINE"));
    people.put(Who.OTHER_CONTRIBUTOR, accounts.contributorOf(council.code(), "OTHER"));
    people.put(Who.NAMED_APPROVER, accounts.approverOf(council.code(), "MINE"));
    people.put(Who.OFFICER, accounts.officerOf(council.code()));
    people.put(Who.OFFICER_OF_ANOTHER_COUNCIL, accounts.officerOf(another.code()));
    people.put(Who.ADMINISTRATOR_OF_ANOTHER_COUNCIL, accounts.administratorOf(another.code()));
    people.put(Who.ADMINISTRATOR, accounts.administratorOf(council.code()));
    people.put(Who.ADMINISTRATOR_OF_EVERY_ORGANISATION, accounts.administrator());
    people.forEach(
        (who, account) -> {
          SignedInSession session =
              SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
          sessions.put(who, session);
          csrfTokens.put(who, session.csrf());
        });
  }

  @Test
  void everyRouteBeaconAnswersHasAnAccessRule() {
    assertThat(routesWithoutARule()).as("routes with no rule in beacon.web.Routes").isEmpty();
  }

  @Test
  void everyoneIsGivenExactlyTheAccessOfTheirRoleOnEveryRoute() {
    List<String> wrong =
        forEveryRoute(
            route -> {
              List<String> found = new ArrayList<>();
              for (Who who : Who.values()) {
                HttpResponse<String> answer =
                    ask(who, route, sample(route.path(), council), null, null);
                checkDecision(found, route, who, expected(who, route), answer, "");
              }
              return found;
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
            route -> {
              List<String> found = new ArrayList<>();
              for (Who who : Who.values()) {
                if (!who.ofTheCouncil()) {
                  continue;
                }
                for (Named way : Named.values()) {
                  HttpResponse<String> answer =
                      ask(who, route, sample(route.path(), council), way, another.code());
                  checkDecision(found, route, who, expected(who, route), answer, " with " + way);
                  checkNotShown(found, route, who, answer, another, way);
                }
              }
              return found;
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
            route -> {
              List<String> found = new ArrayList<>();
              for (Who who : Who.values()) {
                if (!who.ofAnotherCouncil()) {
                  continue;
                }
                for (Named way : Named.values()) {
                  if (route.path().contains("{org}")) {
                    HttpResponse<String> theirs =
                        ask(who, route, sample(route.path(), council), way, another.code());
                    checkRefusedAsNotFound(found, route, who, theirs, " with " + way);
                  }
                  HttpResponse<String> own =
                      ask(who, route, sample(route.path(), another), way, council.code());
                  Routes.Route rule = rule(route);
                  checkDecision(
                      found,
                      route,
                      who,
                      who.onTheirOwnCouncil().given.contains(rule.access()),
                      own,
                      " on their own council with " + way);
                  checkNotShown(found, route, who, own, council, way);
                }
              }
              return found;
            });
    assertThat(wrong).isEmpty();
    assertThat(changes.of(council.code()))
        .as("changes to the council named")
        .isEqualTo(councilBefore);
  }

  /** A route as Spring MVC answers it, with its method and its path pattern. */
  record Answered(HttpMethod method, String path) {}

  private interface Check {
    List<String> of(Answered route) throws Exception;
  }

  /** Runs the check of every route, a few at once, and gathers what each found wrong. */
  private List<String> forEveryRoute(Check check) {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> running = new ArrayList<>();
      for (Answered route : answeredRoutes()) {
        running.add(pool.submit(() -> check.of(route)));
      }
      for (Future<List<String>> result : running) {
        wrong.addAll(result.get());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return wrong;
  }

  private static Routes.Route rule(Answered route) {
    return Routes.match(route.method(), route.path()).orElseThrow().route();
  }

  /**
   * Whether the role gives the route's access: on the test council's routes; on a route naming no
   * organisation, for the people of another council as on their own.
   */
  private static boolean expected(Who who, Answered route) {
    Who as = route.path().contains("{org}") ? who : who.onTheirOwnCouncil();
    return as.given.contains(rule(route).access());
  }

  private static void checkDecision(
      List<String> wrong,
      Answered route,
      Who who,
      boolean expected,
      HttpResponse<String> answer,
      String how) {
    if (!refused(answer) != expected) {
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
    if (!expected && route.path().contains("{org}") && who.ofAnotherCouncil() && how.isEmpty()) {
      checkRefusedAsNotFound(wrong, route, who, answer, how);
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
    boolean read = route.method().equals(HttpMethod.GET);
    boolean notFound = answer.statusCode() == 404 && answer.body().contains(NO_SUCH_ORGANISATION);
    if (read ? !notFound : !(notFound || answer.statusCode() == 403)) {
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

  private List<Answered> answeredRoutes() {
    Set<String> seen = new TreeSet<>();
    List<Answered> answered = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        if (exempt(path)) {
          continue;
        }
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          if (seen.add(method + " " + path)) {
            answered.add(new Answered(method.asHttpMethod(), path));
          }
        }
      }
    }
    // a rule for part of a route, such as the import of indicators, is asked on its own too
    for (Routes.Route rule : Routes.ALL) {
      boolean partOfARoute =
          answered.stream()
              .anyMatch(
                  a ->
                      a.method().equals(rule.method())
                          && !a.path().equals(rule.path())
                          && PathPatternParser.defaultInstance
                              .parse(a.path())
                              .matches(PathContainer.parsePath(rule.path())));
      if (partOfARoute && seen.add(rule.method() + " " + rule.path())) {
        answered.add(new Answered(rule.method(), rule.path()));
      }
    }
    return answered;
  }

  private List<String> routesWithoutARule() {
    List<String> missing = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        if (exempt(path)) {
          continue;
        }
        if (methods.isEmpty()) {
          missing.add("any method " + path + " (say which methods it answers)");
        }
        for (RequestMethod method : methods) {
          boolean ruled =
              Routes.match(method.asHttpMethod(), path)
                  .filter(m -> m.route().path().equals(path) || m.route().path().endsWith("/**"))
                  .isPresent();
          if (!ruled) {
            missing.add(method + " " + path);
          }
        }
      }
    }
    return missing;
  }

  /**
   * Spring Boot's error page, reached only by an error dispatch, and the failing page the tests add
   * to prove errors show no internals.
   */
  private static boolean exempt(String path) {
    return path.equals("/error") || path.startsWith("/tests/");
  }

  /**
   * Asks for the route as {@code who}: the public with nothing, a page with the person's session
   * (forms with its CSRF token), the API with their token; with {@code named} given, naming the
   * organisation {@code organisation} that way too.
   */
  private HttpResponse<String> ask(
      Who who, Answered route, String path, Named named, String organisation) {
    boolean api = path.startsWith("/api/");
    boolean write = !route.method().equals(HttpMethod.GET);
    String csrf = csrfTokens.get(who);
    String query = named == null ? "" : query(named, organisation);
    if (named == Named.MULTIPART_FIELD && !api && csrf != null) {
      // an upload's CSRF token is read from its address
      query += "&_csrf=" + csrf;
    }
    String address = path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + address));
    String contentType = "application/x-www-form-urlencoded";
    String form = write && csrf != null && !api ? "_csrf=" + encode(csrf) : "";
    HttpRequest.BodyPublisher body;
    if (named == Named.FORM_FIELD) {
      form += (form.isEmpty() ? "" : "&") + "org=" + organisation + "&organisation=" + organisation;
      body = HttpRequest.BodyPublishers.ofString(form);
    } else if (named == Named.JSON_FIELD) {
      contentType = "application/json";
      body =
          HttpRequest.BodyPublishers.ofString(
              "{\"org\":\"%s\",\"organisation\":\"%s\"}".formatted(organisation, organisation));
    } else if (named == Named.MULTIPART_FIELD) {
      Multipart multipart = new Multipart();
      if (csrf != null) {
        multipart.field("_csrf", csrf);
      }
      multipart
          .field("org", organisation)
          .field("organisation", organisation)
          .file(
              "file",
              "values.csv",
              "indicator_code,period,value\nMINE,2024-25-Q1,55\n".getBytes(StandardCharsets.UTF_8));
      contentType = multipart.contentType();
      body = multipart.body();
    } else if (api && write) {
      contentType = "application/json";
      body = HttpRequest.BodyPublishers.ofString("{}");
    } else if (write) {
      body = HttpRequest.BodyPublishers.ofString(form);
    } else {
      body = HttpRequest.BodyPublishers.noBody();
    }
    request.header("Content-Type", contentType).method(route.method().name(), body);
    if (who == Who.THE_PUBLIC) {
      return send(http, request);
    }
    if (api) {
      return send(http, request.header("Authorization", people.get(who).bearer()));
    }
    return send(
        sessions.get(who).client(),
        request.header("Accept", "text/html").header("X-CSRF-TOKEN", csrf));
  }

  /** The address's part naming the organisation, for the ways that name it there. */
  private String query(Named named, String organisation) {
    return switch (named) {
      case QUERY_PARAMETER -> "org=" + organisation;
      case REPEATED_PARAMETER ->
          "org=" + organisation + "&org=" + otherThan(organisation) + "&org=" + organisation;
      case PERCENT_ENCODED_NAME -> "%6Frg=" + organisation + "&%6Frganisation=" + organisation;
      case PERCENT_ENCODED_VALUE -> "org=" + percentEncoded(organisation);
      default -> "";
    };
  }

  private String otherThan(String organisation) {
    return organisation.equals(council.code()) ? another.code() : council.code();
  }

  /** Every character percent-encoded, as {@code %54%31} for T1. */
  private static String percentEncoded(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b));
    }
    return encoded.toString();
  }

  /** The route's path for the council, with its indicator and harmless values filled in. */
  private static String sample(String pattern, TestCouncil council) {
    String path =
        pattern
            .replace("{org}", council.code())
            .replace("{code}", "MINE")
            .replace("{reference}", "no-such-paper")
            .replace("{layout}", "exceptions")
            .replace("{kind}", "values")
            .replace("{measure}", "CP_conf_15days")
            .replace("{period}", "2024-25-Q1")
            .replace("{assignment}", "0")
            .replace("{id}", "0")
            .replace("/**", "/x");
    if (!pattern.contains("{org}")
        && (path.startsWith("/api/v1/imports")
            || path.startsWith("/api/v1/scorecard")
            || path.startsWith("/api/v1/reports"))) {
      // the old addresses, which named the organisation in a parameter
      path += "?org=" + council.code() + "&period=2024-25-Q1";
    } else if (pattern.endsWith("/scorecard") || pattern.endsWith("/reports/{layout}")) {
      path += "?period=2024-25-Q1";
    }
    return path;
  }

  /**
   * Whether the request was refused by its access rule: sent to sign in (401 or a redirect to the
   * sign-in page), refused (403), or told that the organisation it names is not there (404), as
   * anyone is told of an organisation they do not belong to.
   */
  private static boolean refused(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String location = answer.headers().firstValue("Location").orElse("");
    return status == 401
        || status == 403
        || location.endsWith("/sign-in")
        || (status == 404 && answer.body().contains(NO_SUCH_ORGANISATION));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
