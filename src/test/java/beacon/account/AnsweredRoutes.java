package beacon.account;

import beacon.security.Routes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes Beacon answers, read from Spring MVC's own list, and their rules in {@link Routes}.
 */
final class AnsweredRoutes {

  /** A route as Spring MVC answers it, with its method and its path pattern. */
  record Answered(HttpMethod method, String path) {

    Routes.Route rule() {
      return Routes.match(method, path).orElseThrow().route();
    }

    boolean namesAnOrganisation() {
      return path.contains("{org}");
    }

    boolean reads() {
      return method.equals(HttpMethod.GET);
    }
  }

  private AnsweredRoutes() {}

  /**
   * Every route Spring MVC answers, and every rule for part of one (the import of indicators), so
   * that the part is asked on its own too.
   */
  static List<Answered> of(RequestMappingHandlerMapping mappings) {
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

  /**
   * Runs the check of each route, a few at once (each route's requests one after the other), and
   * gathers what the checks found wrong.
   */
  static List<String> checkEach(List<Answered> routes, BiConsumer<Answered, List<String>> check) {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Answered route : routes) {
        running.add(pool.submit(() -> check.accept(route, wrong)));
      }
      for (Future<?> result : running) {
        result.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return wrong;
  }

  /** The routes Spring MVC answers that have no rule of their own in {@link Routes}. */
  static List<String> withoutARule(RequestMappingHandlerMapping mappings) {
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
}
