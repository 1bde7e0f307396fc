package beacon.account;

import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.account.AnsweredRoutes.Answered;
import beacon.web.Multipart;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Asks Beacon for a route as a person does: the public with nothing, a page with the person's
 * session (forms with its CSRF token), the API with their token; and names an organisation besides
 * the path in one of the ways a request can name one.
 */
final class RouteRequests {

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

  /** Who asks: their API token and their signed-in session with its CSRF token. */
  record Asker(String bearer, SignedInSession session, String csrf) {

    static Asker signedIn(int port, TestAccount account) {
      SignedInSession session =
          SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
      return new Asker(account.bearer(), session, session.csrf());
    }
  }

  /** What the refusal of an organisation the asker does not belong to says, as for none held. */
  static final String NO_SUCH_ORGANISATION = "There is no organisation with the code";

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  RouteRequests(int port) {
    this.port = port;
  }

  /**
   * Asks for the route, its path filled in for the organisation {@code inThePath}, as the asker
   * (null for the public); with {@code named} given, naming the organisation {@code named} that way
   * too.
   */
  HttpResponse<String> ask(Asker asker, Answered route, String inThePath, Named way, String named) {
    String path = sample(route.path(), inThePath);
    boolean api = path.startsWith("/api/");
    boolean write = !route.reads();
    String csrf = asker == null ? null : asker.csrf();
    String query = way == null ? "" : query(way, named, inThePath);
    if (way == Named.MULTIPART_FIELD && !api && csrf != null) {
      // an upload's CSRF token is read from its address
      query += "&_csrf=" + csrf;
    }
    String address = path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + address));
    String contentType = "application/x-www-form-urlencoded";
    String form = write && csrf != null && !api ? "_csrf=" + encode(csrf) : "";
    HttpRequest.BodyPublisher body;
    if (way == Named.FORM_FIELD) {
      form += (form.isEmpty() ? "" : "&") + "org=" + named + "&organisation=" + named;
      body = HttpRequest.BodyPublishers.ofString(form);
    } else if (way == Named.JSON_FIELD) {
      contentType = "application/json";
      body =
          HttpRequest.BodyPublishers.ofString(
              "{\"org\":\"%s\",\"organisation\":\"%s\"}".formatted(named, named));
    } else if (way == Named.MULTIPART_FIELD) {
      Multipart multipart = new Multipart();
      if (csrf != null) {
        multipart.field("_csrf", csrf);
      }
      // a file of values that would change the organisation named, were it imported there
      multipart
          .field("org", named)
          .field("organisation", named)
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
    if (asker == null) {
      return send(http, request);
    }
    if (api) {
      return send(http, request.header("Authorization", asker.bearer()));
    }
    return send(
        asker.session().client(),
        request.header("Accept", "text/html").header("X-CSRF-TOKEN", csrf));
  }

  /**
   * Whether the request was refused by its access rule: sent to sign in (401 or a redirect to the
   * sign-in page), refused (403), or told that the organisation it names is not there (404), as
   * anyone is told of an organisation they do not belong to.
   */
  static boolean refused(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String location = answer.headers().firstValue("Location").orElse("");
    return status == 401
        || status == 403
        || location.endsWith("/sign-in")
        || (status == 404 && answer.body().contains(NO_SUCH_ORGANISATION));
  }

  /** The address's part naming the organisation, for the ways that name it there. */
  private static String query(Named way, String named, String inThePath) {
    return switch (way) {
      case QUERY_PARAMETER -> "org=" + named;
      case REPEATED_PARAMETER -> "org=" + named + "&org=" + inThePath + "&org=" + named;
      case PERCENT_ENCODED_NAME -> "%6Frg=" + named + "&%6Frganisation=" + named;
      case PERCENT_ENCODED_VALUE -> "org=" + percentEncoded(named);
      default -> "";
    };
  }

  /** Every character percent-encoded, as {@code %54%31} for T1. */
  private static String percentEncoded(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b));
    }
    return encoded.toString();
  }

  /** The route's path for the organisation, with its indicator and harmless values filled in. */
  private static String sample(String pattern, String organisation) {
    String path =
        pattern
            .replace("{org}", organisation)
            .replace("{code}", "MINE")
            .replace("{reference}", "no-such-paper")
            .replace("{layout}", "exceptions")
            .replace("{kind}", "values")
            .replace("{measure}", "CP_conf_15days")
            .replace("{period}", "2024-25-Q1")
            .replace("{assignment}", "0")
            .replace("{id}", "0")
            .replace("{club}", "0")
            .replace("/**", "/x");
    if (!pattern.contains("{org}")
        && (path.startsWith("/api/v1/imports")
            || path.startsWith("/api/v1/scorecard")
            || path.startsWith("/api/v1/reports"))) {
      // the old addresses, which named the organisation in a parameter
      path += "?org=" + organisation + "&period=2024-25-Q1";
    } else if (pattern.endsWith("/scorecard") || pattern.endsWith("/reports/{layout}")) {
      path += "?period=2024-25-Q1";
    }
    return path;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
