package beacon.web;

import beacon.security.Routes;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;

/**
 * The controls Beacon's pages show one person: every link and form on every page reached from the
 * pages a test starts at, as that person's browser shows them. Each control is then sent as a real
 * request in that person's session, to tell whether its route lets them through. Forms are sent
 * without their fields, after every page has been read, so that they are refused by the form itself
 * where they are let through.
 */
final class PageControls {

  /** A link (GET and its address) or a form (its method and action). */
  record Control(String method, String address) {

    String path() {
      int query = address.indexOf('?');
      return query < 0 ? address : address.substring(0, query);
    }

    /**
     * The route it leads to, as the rule table names it, with the indicator it acts on: {@code GET
     * /organisations/{org}/indicators/{code}/value MINE}.
     */
    String route() {
      return Routes.match(HttpMethod.valueOf(method), path())
          .map(
              match ->
                  method
                      + " "
                      + match.route().path()
                      + (match.variables().containsKey("code")
                          ? " " + match.variables().get("code")
                          : ""))
          .orElse(method + " " + path());
    }
  }

  private static final String CONTROLS_ON_THE_PAGE =
      """
      () => [
        ...[...document.querySelectorAll('a[href]')].map(a => ['GET', a.getAttribute('href')]),
        ...[...document.querySelectorAll('form')].map(f => [
          (f.getAttribute('method') || 'get').toUpperCase(),
          f.getAttribute('action') || (location.pathname + location.search)])
      ]
      """;

  private final Page page;
  private final String base;
  private final Predicate<String> toFollow;
  private final Consumer<Page> onEachPage;
  private final Set<Control> shown = new LinkedHashSet<>();
  private final Set<String> visited = new TreeSet<>();

  /**
   * @param toFollow which pages, by path, to open when a page links to them
   * @param onEachPage what to check on each page opened, such as its accessibility
   */
  PageControls(Page page, int port, Predicate<String> toFollow, Consumer<Page> onEachPage) {
    this.page = page;
    this.base = "http://localhost:" + port;
    this.toFollow = toFollow;
    this.onEachPage = onEachPage;
  }

  /**
   * Opens these pages, then every page they lead to that is to be followed, once for each route and
   * indicator, and reads their controls.
   */
  PageControls from(String... addresses) {
    Deque<String> toOpen = new ArrayDeque<>();
    Set<String> queued = new HashSet<>();
    for (String address : addresses) {
      toOpen.add(address);
      queued.add(new Control("GET", address).route());
    }
    while (!toOpen.isEmpty()) {
      String address = toOpen.poll();
      page.navigate(base + address);
      visited.add(address);
      onEachPage.accept(page);
      for (Control control : controlsOnThePage()) {
        shown.add(control);
        if (control.method().equals("GET")
            && toFollow.test(control.path())
            && queued.add(control.route())) {
          toOpen.add(control.address());
        }
      }
    }
    return this;
  }

  /** The routes of every control shown, with the indicator each acts on. */
  Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    shown.forEach(control -> routes.add(control.route()));
    return routes;
  }

  /** The pages opened. */
  Set<String> visited() {
    return visited;
  }

  /**
   * Sends every control shown, links first and then forms, and says which were refused: sent to
   * sign in, or answered 403, or failed. The header's sign-out button, which Spring Security
   * answers before any route, is not sent: it would end the session.
   */
  List<String> refused(Function<Control, HttpResponse<String>> send) {
    List<String> refused = new ArrayList<>();
    List<Control> links = shown.stream().filter(c -> c.method().equals("GET")).toList();
    List<Control> forms = shown.stream().filter(c -> !c.method().equals("GET")).toList();
    for (List<Control> controls : List.of(links, forms)) {
      for (Control control : controls) {
        if (control.path().equals("/sign-out")) {
          continue;
        }
        HttpResponse<String> answer = send.apply(control);
        if (!allowed(answer)) {
          refused.add(
              "%s %s: answered %d %s"
                  .formatted(
                      control.method(),
                      control.address(),
                      answer.statusCode(),
                      answer.headers().firstValue("Location").orElse("")));
        }
      }
    }
    return refused;
  }

  private List<Control> controlsOnThePage() {
    List<Control> controls = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<List<String>> found = (List<List<String>>) page.evaluate(CONTROLS_ON_THE_PAGE);
    for (List<String> control : found) {
      String address = control.get(1);
      if (address.startsWith("#")) {
        continue;
      }
      if (address.startsWith(base)) {
        address = address.substring(base.length());
      }
      controls.add(new Control(control.get(0), address));
    }
    return controls;
  }

  private static boolean allowed(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String location = answer.headers().firstValue("Location").orElse("");
    return status != 401 && status != 403 && status < 500 && !location.contains("/sign-in");
  }
}
