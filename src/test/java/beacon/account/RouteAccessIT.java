package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.web.Routes;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Beacon answers, asked by every kind of person: the public, a reader, a contributor
 * assigned the indicator and one who is not, a performance officer of the organisation and one of
 * another, an administrator of the organisation and one of every organisation. The routes are read
 * from Spring MVC's own list, so a new route without an access rule fails here. A write route
 * allowed to someone is sent without its fields, so it is refused by its form and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT extends EmbeddedDatabaseForTests {

  /** Who asks, and the accesses each should be given on the test council's routes. */
  enum Who {
    THE_PUBLIC(Access.PUBLIC),
    READER(Access.PUBLIC, Access.SIGNED_IN),
    ASSIGNED_CONTRIBUTOR(Access.PUBLIC, Access.SIGNED_IN, Access.INDICATOR_FIGURES),
    NAMED_APPROVER(Access.PUBLIC, Access.SIGNED_IN, Access.APPROVER),
    OTHER_CONTRIBUTOR(Access.PUBLIC, Access.SIGNED_IN),
    OFFICER(
        Access.PUBLIC,
        Access.SIGNED_IN,
        Access.INDICATOR_FIGURES,
        Access.APPROVER,
        Access.PERFORMANCE_OFFICER),
    OFFICER_OF_ANOTHER_COUNCIL(Access.PUBLIC, Access.SIGNED_IN),
    ADMINISTRATOR(Access.values()),
    ADMINISTRATOR_OF_EVERY_ORGANISATION(Access.values());

    final Set<Access> given;

    Who(Access... given) {
      this.given = EnumSet.copyOf(List.of(given));
    }
  }

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();
  private TestCouncil council;
  private final Map<Who, TestAccount> people = new LinkedHashMap<>();
  private final Map<Who, SignedInSession> sessions = new LinkedHashMap<>();

  @BeforeAll
  void peopleOfATestCouncil() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("MINE", "80")
            .withQuarterlyIndicator("OTHER", "80");
    people.put(Who.READER, accounts.readerOf(council.code()));
    people.put(Who.ASSIGNED_CONTRIBUTOR, accounts.contributorOf(council.code(), "MINE"));
    people.put(Who.OTHER_CONTRIBUTOR, accounts.contributorOf(council.code(), "OTHER"));
    people.put(Who.NAMED_APPROVER, accounts.approverOf(council.code(), "MINE"));
    people.put(Who.OFFICER, accounts.officerOf(council.code()));
    people.put(Who.OFFICER_OF_ANOTHER_COUNCIL, accounts.officerOf("872"));
    people.put(Who.ADMINISTRATOR, accounts.administratorOf(council.code()));
    people.put(Who.ADMINISTRATOR_OF_EVERY_ORGANISATION, accounts.administrator());
    people.forEach(
        (who, account) ->
            sessions.put(
                who, SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD)));
  }

  @Test
  void everyRouteBeaconAnswersHasAnAccessRule() {
    assertThat(routesWithoutARule()).as("routes with no rule in beacon.web.Routes").isEmpty();
  }

  @Test
  void everyoneIsGivenExactlyTheAccessOfTheirRoleOnEveryRoute() {
    List<String> wrong = new ArrayList<>();
    for (Answered route : answeredRoutes()) {
      Routes.Route rule = Routes.match(route.method(), route.path()).orElseThrow().route();
      for (Who who : Who.values()) {
        boolean expected = who.given.contains(rule.access());
        HttpResponse<String> answer = ask(who, route);
        boolean allowed = allowed(answer);
        if (allowed != expected) {
          wrong.add(
              "%s %s as %s: %s, but was answered %d %s"
                  .formatted(
                      route.method(),
                      route.path(),
                      who,
                      expected ? "allowed" : "refused",
                      answer.statusCode(),
                      answer.headers().firstValue("Location").orElse("")));
        }
        if (answer.statusCode() >= 500) {
          wrong.add("%s %s as %s: answered %d".formatted(route.method(), route.path(), who, 500));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** A route as Spring MVC answers it, with its method and its path pattern. */
  record Answered(org.springframework.http.HttpMethod method, String path) {}

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

  private HttpResponse<String> ask(Who who, Answered route) {
    String path = sample(route.path());
    boolean api = path.startsWith("/api/");
    boolean write = !route.method().name().equals("GET");
    if (who == Who.THE_PUBLIC) {
      return send(
          HttpRequest.newBuilder(URI.create(base() + path))
              .method(route.method().name(), HttpRequest.BodyPublishers.noBody())
              .build());
    }
    if (api) {
      return send(
          HttpRequest.newBuilder(URI.create(base() + path))
              .header("Authorization", people.get(who).bearer())
              .header("Content-Type", "application/json")
              .method(
                  route.method().name(),
                  write
                      ? HttpRequest.BodyPublishers.ofString("{}")
                      : HttpRequest.BodyPublishers.noBody())
              .build());
    }
    SignedInSession session = sessions.get(who);
    return write ? session.postForm(path) : session.get(path);
  }

  /** The route's path with the test council, its indicator and harmless values filled in. */
  private String sample(String pattern) {
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
      path += "?org=" + council.code() + "&period=2024-25-Q1";
    }
    return path;
  }

  /**
   * Whether the request got past its access rule: not sent to sign in (401 or a redirect to the
   * sign-in page) and not refused (403).
   */
  private static boolean allowed(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String location = answer.headers().firstValue("Location").orElse("");
    return status != 401 && status != 403 && !location.endsWith("/sign-in");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
