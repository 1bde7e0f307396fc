package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries the security headers, pages run no inline script (so the content security
 * policy can forbid it), and the session cookie is HttpOnly, SameSite and, over HTTPS (here, as a
 * proxy that ends HTTPS says with X-Forwarded-Proto), Secure, with HSTS sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT extends EmbeddedDatabaseForTests {

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndPagesRunNoInlineScript() {
    SignedInSession officer =
        SignedInSession.signIn(port, accounts.officerOf("825").username(), TestAccounts.PASSWORD);
    for (String path :
        List.of(
            "/",
            "/organisations/825",
            "/organisations/825/indicators/CSC-ICPC-15?period=2022-23-Q1",
            "/organisations/825/papers",
            "/account/tokens",
            "/no-such-page")) {
      HttpResponse<String> page = officer.get(path);

      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("script-src 'self';")
                      .contains("object-src 'none'")
                      .contains("frame-ancestors 'none'"));
      assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
      assertThat(INLINE_SCRIPT.matcher(page.body()).find())
          .as(path + " has inline script")
          .isFalse();
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndOverHttpsSecureWithHsts() {
    HttpResponse<String> plain = signIn(false);
    HttpResponse<String> behindHttps = signIn(true);

    String cookie = sessionCookie(plain);
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(sessionCookie(behindHttps)).contains("HttpOnly").contains("Secure");
    assertThat(behindHttps.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
  }

  /** Opens the sign-in page as a browser would, directly or through a proxy that ends HTTPS. */
  private HttpResponse<String> signIn(boolean https) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"));
    if (https) {
      request.header("X-Forwarded-Proto", "https");
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sessionCookie(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("SESSION="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
  }
}
