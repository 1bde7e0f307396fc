package beacon.security;

import static beacon.account.Access.ADMINISTRATOR;
import static beacon.account.Access.APPROVER;
import static beacon.account.Access.EVERY_ORGANISATION_ADMINISTRATOR;
import static beacon.account.Access.INDICATOR_FIGURES;
import static beacon.account.Access.ORGANISATION_MEMBER;
import static beacon.account.Access.PERFORMANCE_OFFICER;
import static beacon.account.Access.PUBLIC;
import static beacon.account.Access.SIGNED_IN;

import beacon.account.Access;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route of Beacon's pages and API with who may use it. A route that is not listed here is
 * refused, except that a signed-in account may ask for any page (and is told when it does not
 * exist); a test checks that every route Beacon answers is listed. A route acting on an
 * organisation's data names it in its path, {@code {org}}, and nowhere else. The first route that
 * matches a request decides, so a rule for part of a route (the import of indicators) comes before
 * the route's own.
 */
public final class Routes {

  /** A route: its method, its path pattern as the controller declares it, and its access. */
  public record Route(HttpMethod method, String path, Access access) {

    PathPattern pattern() {
      return PathPatternParser.defaultInstance.parse(path);
    }
  }

  /** A route matched by a request, with the values of its path's variables. */
  public record Match(Route route, Map<String, String> variables) {}

  private static final String INDICATOR = "/organisations/{org}/indicators/{code}";
  private static final String CATALOGUE = "/organisations/{org}/catalogue";
  private static final String API_ORGANISATION = "/api/v1/organisations/{org}";
  private static final String API_INDICATOR = API_ORGANISATION + "/indicators/{code}";

  public static final List<Route> ALL =
      List.of(
          // the public: published papers, signing in, styles and scripts, the API's description
          get("/", PUBLIC),
          get("/sign-in", PUBLIC),
          // single sign-on, where configured: answered by Spring Security's filters
          get("/oauth2/authorization/{registration}", PUBLIC),
          get("/login/oauth2/code/{registration}", PUBLIC),
          get("/papers/{reference}", PUBLIC),
          get("/papers/{reference}/file", PUBLIC),
          get("/error", PUBLIC),
          get("/govuk/**", PUBLIC),
          get("/assets/**", PUBLIC),
          get("/beacon.css", PUBLIC),
          get("/beacon.js", PUBLIC),
          get("/beacon-start.js", PUBLIC),
          get("/favicon.ico", PUBLIC),
          get("/v3/api-docs", PUBLIC),
          get("/v3/api-docs.yaml", PUBLIC),
          get("/v3/api-docs/**", PUBLIC),
          get("/swagger-ui.html", PUBLIC),
          get("/swagger-ui/**", PUBLIC),
          // the old addresses that named the organisation in a parameter: the scorecard and the
          // papers lead to the organisation's own address, the import answers that it is gone
          get("/api/v1/scorecard", SIGNED_IN),
          get("/api/v1/reports/{layout}", SIGNED_IN),
          post("/api/v1/imports/{kind}", SIGNED_IN),
          // one's own account
          get("/account/tokens", SIGNED_IN),
          post("/account/tokens", SIGNED_IN),
          post("/account/tokens/{id}/revoke", SIGNED_IN),
          // setting up councils: administrators of every organisation; before the routes of an
          // organisation, whose code is never "new"
          get("/organisations/new", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/organisations/new", EVERY_ORGANISATION_ADMINISTRATOR),
          get("/organisations/new/other", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/organisations/new/other", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/api/v1/organisations", EVERY_ORGANISATION_ADMINISTRATOR),
          // benchmarking clubs: set up by the administrators of every organisation
          get("/clubs", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/clubs", EVERY_ORGANISATION_ADMINISTRATOR),
          get("/api/v1/clubs", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/api/v1/clubs", EVERY_ORGANISATION_ADMINISTRATOR),
          get("/clubs/{club}", EVERY_ORGANISATION_ADMINISTRATOR),
          post("/clubs/{club}", EVERY_ORGANISATION_ADMINISTRATOR),
          get("/api/v1/clubs/{club}", EVERY_ORGANISATION_ADMINISTRATOR),
          put("/api/v1/clubs/{club}/members", EVERY_ORGANISATION_ADMINISTRATOR),
          // reading: the organisation's members (every signed-in account for the list of
          // one's organisations and the national data)
          get("/organisations/{org}", ORGANISATION_MEMBER),
          get("/organisations/{org}/indicators", ORGANISATION_MEMBER),
          get(INDICATOR, ORGANISATION_MEMBER),
          get(CATALOGUE, ORGANISATION_MEMBER),
          get("/organisations/{org}/papers", ORGANISATION_MEMBER),
          get("/api/v1/organisations", SIGNED_IN),
          get("/api/v1/organisations/{org}", ORGANISATION_MEMBER),
          get("/api/v1/organisations/{org}/indicators", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/schemes", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/portfolios", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/priorities", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/themes", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/schemes/{id}", ORGANISATION_MEMBER),
          get(API_INDICATOR, ORGANISATION_MEMBER),
          get(API_INDICATOR + "/benchmarks", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/commentary", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/national-link", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/schemes", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/targets", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/values", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/values/{period}/history", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/clubs", ORGANISATION_MEMBER),
          get(API_INDICATOR + "/clubs", ORGANISATION_MEMBER),
          get("/api/v1/national/{measure}", SIGNED_IN),
          get(API_ORGANISATION + "/reports/{layout}", ORGANISATION_MEMBER),
          get(API_ORGANISATION + "/scorecard", ORGANISATION_MEMBER),
          get("/organisations/{org}/rounds", ORGANISATION_MEMBER),
          get("/organisations/{org}/rounds/{period}", ORGANISATION_MEMBER),
          get("/organisations/{org}/due", ORGANISATION_MEMBER),
          get("/api/v1/organisations/{org}/rounds/{period}", ORGANISATION_MEMBER),
          // approving commentary: officers and the indicator's named approvers
          get("/organisations/{org}/rounds/{period}/indicators/{code}/approve", APPROVER),
          post("/organisations/{org}/rounds/{period}/indicators/{code}/approve", APPROVER),
          post("/organisations/{org}/rounds/{period}/indicators/{code}/return", APPROVER),
          // an indicator's values and commentary: officers and its contributors
          get(INDICATOR + "/value", INDICATOR_FIGURES),
          post(INDICATOR + "/value", INDICATOR_FIGURES),
          get(INDICATOR + "/commentary", INDICATOR_FIGURES),
          post(INDICATOR + "/commentary", INDICATOR_FIGURES),
          // the organisation's data and papers: performance officers
          get(INDICATOR + "/target", PERFORMANCE_OFFICER),
          post(INDICATOR + "/target", PERFORMANCE_OFFICER),
          get(INDICATOR + "/national", PERFORMANCE_OFFICER),
          post(INDICATOR + "/national", PERFORMANCE_OFFICER),
          put(API_INDICATOR + "/national-link", PERFORMANCE_OFFICER),
          delete(API_INDICATOR + "/national-link", PERFORMANCE_OFFICER),
          post(INDICATOR + "/clubs", PERFORMANCE_OFFICER),
          post(INDICATOR + "/clubs/{club}/end", PERFORMANCE_OFFICER),
          put(API_INDICATOR + "/clubs/{club}", PERFORMANCE_OFFICER),
          delete(API_INDICATOR + "/clubs/{club}", PERFORMANCE_OFFICER),
          get("/organisations/{org}/imports", PERFORMANCE_OFFICER),
          post("/organisations/{org}/imports", PERFORMANCE_OFFICER),
          post("/organisations/{org}/imports/confirm", PERFORMANCE_OFFICER),
          // a file of indicators changes the catalogue: administrators, as the catalogue's pages
          post(API_ORGANISATION + "/imports/indicators", ADMINISTRATOR),
          post(API_ORGANISATION + "/imports/{kind}", PERFORMANCE_OFFICER),
          post("/organisations/{org}/papers", PERFORMANCE_OFFICER),
          get("/organisations/{org}/papers/front-sheets/{layout}", PERFORMANCE_OFFICER),
          post("/organisations/{org}/papers/front-sheets/{layout}", PERFORMANCE_OFFICER),
          post("/organisations/{org}/rounds", PERFORMANCE_OFFICER),
          post("/organisations/{org}/rounds/{period}", PERFORMANCE_OFFICER),
          // the record of every change, which names who did what: officers
          get("/organisations/{org}/audit", PERFORMANCE_OFFICER),
          get("/organisations/{org}/audit.csv", PERFORMANCE_OFFICER),
          get("/api/v1/organisations/{org}/audit", PERFORMANCE_OFFICER),
          // the catalogue, rating schemes and accounts: administrators
          get(CATALOGUE + "/indicators/new", ADMINISTRATOR),
          post(CATALOGUE + "/indicators/new", ADMINISTRATOR),
          get(CATALOGUE + "/indicators/{code}/edit", ADMINISTRATOR),
          post(CATALOGUE + "/indicators/{code}/edit", ADMINISTRATOR),
          get(CATALOGUE + "/portfolios/new", ADMINISTRATOR),
          post(CATALOGUE + "/portfolios/new", ADMINISTRATOR),
          get(CATALOGUE + "/portfolios/{id}/edit", ADMINISTRATOR),
          post(CATALOGUE + "/portfolios/{id}/edit", ADMINISTRATOR),
          get(CATALOGUE + "/priorities/new", ADMINISTRATOR),
          post(CATALOGUE + "/priorities/new", ADMINISTRATOR),
          get(CATALOGUE + "/priorities/{id}/edit", ADMINISTRATOR),
          post(CATALOGUE + "/priorities/{id}/edit", ADMINISTRATOR),
          get(CATALOGUE + "/themes/new", ADMINISTRATOR),
          post(CATALOGUE + "/themes/new", ADMINISTRATOR),
          get(CATALOGUE + "/themes/{id}/edit", ADMINISTRATOR),
          post(CATALOGUE + "/themes/{id}/edit", ADMINISTRATOR),
          get(CATALOGUE + "/indicators/{code}/schemes", ADMINISTRATOR),
          post(CATALOGUE + "/indicators/{code}/schemes", ADMINISTRATOR),
          post(CATALOGUE + "/indicators/{code}/schemes/{id}/end", ADMINISTRATOR),
          post(API_INDICATOR + "/schemes", ADMINISTRATOR),
          delete(API_INDICATOR + "/schemes/{id}", ADMINISTRATOR),
          get(CATALOGUE + "/starter-set", ADMINISTRATOR),
          post(CATALOGUE + "/starter-set", ADMINISTRATOR),
          get(API_ORGANISATION + "/starter-set", ADMINISTRATOR),
          post(API_ORGANISATION + "/starter-set", ADMINISTRATOR),
          get(CATALOGUE + "/schemes/new", ADMINISTRATOR),
          post(CATALOGUE + "/schemes/new", ADMINISTRATOR),
          get(CATALOGUE + "/schemes/{id}/edit", ADMINISTRATOR),
          post(CATALOGUE + "/schemes/{id}/edit", ADMINISTRATOR),
          get("/organisations/{org}/settings", ADMINISTRATOR),
          post("/organisations/{org}/settings", ADMINISTRATOR),
          get(API_ORGANISATION + "/settings", ADMINISTRATOR),
          post(API_ORGANISATION + "/schemes", ADMINISTRATOR),
          post(API_ORGANISATION + "/portfolios", ADMINISTRATOR),
          post(API_ORGANISATION + "/priorities", ADMINISTRATOR),
          post(API_ORGANISATION + "/themes", ADMINISTRATOR),
          put(API_ORGANISATION + "/settings", ADMINISTRATOR),
          get("/accounts", ADMINISTRATOR),
          get("/accounts/new", ADMINISTRATOR),
          post("/accounts/new", ADMINISTRATOR),
          get("/accounts/{id}", ADMINISTRATOR),
          post("/accounts/{id}", ADMINISTRATOR),
          post("/accounts/{id}/assignments", ADMINISTRATOR),
          post("/accounts/{id}/assignments/{assignment}/remove", ADMINISTRATOR));

  private static final List<Compiled> COMPILED =
      ALL.stream().map(route -> new Compiled(route, route.pattern())).toList();

  private Routes() {}

  /** The listed route a request matches, if any. */
  public static Optional<Match> match(HttpMethod method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Compiled compiled : COMPILED) {
      if (compiled.route.method().equals(method)) {
        PathPattern.PathMatchInfo info = compiled.pattern.matchAndExtract(container);
        if (info != null) {
          return Optional.of(new Match(compiled.route, info.getUriVariables()));
        }
      }
    }
    return Optional.empty();
  }

  private record Compiled(Route route, PathPattern pattern) {}

  private static Route get(String path, Access access) {
    return new Route(HttpMethod.GET, path, access);
  }

  private static Route post(String path, Access access) {
    return new Route(HttpMethod.POST, path, access);
  }

  private static Route put(String path, Access access) {
    return new Route(HttpMethod.PUT, path, access);
  }

  private static Route delete(String path, Access access) {
    return new Route(HttpMethod.DELETE, path, access);
  }
}
