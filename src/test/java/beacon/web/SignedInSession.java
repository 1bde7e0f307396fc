package beacon.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session signed in through the sign-in page as a person does: open the page, send the username
 * and password with the form's CSRF token. Its client then carries the session cookie; {@link
 * #csrf()} gives the token for further forms.
 */
public final class SignedInSession {

  private static final String HTML = "text/html,application/xhtml+xml";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private SignedInSession(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Signs in at Beacon on this port; fails when the sign-in does not lead away from its page. */
  public static SignedInSession signIn(int port, String username, String password) {
    SignedInSession session = new SignedInSession("http://localhost:" + port);
    HttpResponse<String> answer =
        session.postForm("/sign-in", "username", username, "password", password);
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("/sign-in")) {
      throw new IllegalStateException(
          "Could not sign in as " + username + ": " + answer.statusCode() + " " + location);
    }
    return session;
  }

  /** A session of the public, not signed in, whose forms still carry the CSRF token. */
  public static final class Anonymous {

    private final SignedInSession session;

    public Anonymous(int port) {
      this.session = new SignedInSession("http://localhost:" + port);
    }

    public HttpResponse<String> postForm(String path, String... fields) {
      return session.postForm(path, fields);
    }
  }

  /** The session cookie's value, to hand to a browser. */
  public String cookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("SESSION"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  public HttpClient client() {
    return http;
  }

  /** The CSRF token of the sign-in page, which every form of this session carries. */
  public String csrf() {
    Matcher matcher = CSRF.matcher(get("/sign-in").body());
    if (!matcher.find()) {
      throw new IllegalStateException("The sign-in page has no CSRF token");
    }
    return matcher.group(1);
  }

  /** Asks the API with this session, accepting JSON. */
  public HttpResponse<String> api(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  /** Asks for a page as a browser does, accepting HTML. */
  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).GET().build());
  }

  /** Posts a form with the session's CSRF token; {@code fields} are names and values in turn. */
  public HttpResponse<String> postForm(String path, String... fields) {
    return postFormWith(csrf(), path, fields);
  }

  /** Posts a form with the CSRF token given. */
  public HttpResponse<String> postFormWith(String csrf, String path, String... fields) {
    StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
    for (int i = 0; i < fields.length; i += 2) {
      body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", HTML)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
