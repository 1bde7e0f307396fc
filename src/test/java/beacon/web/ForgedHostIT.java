package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request that names another host, in its Host header or in X-Forwarded-Host, is never sent
 * there: every redirect to one of Beacon's own pages is the page's path, whatever the request says
 * of where it was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForgedHostIT extends EmbeddedDatabaseForTests {

  private static final String EVIL = "evil.example";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void aPageThatNeedsSigningInSendsToTheSignInPageOfBeaconItself() {
    RawHttp http = new RawHttp(port);

    RawHttp.Answer forgedHost =
        http.send("GET /organisations/825 HTTP/1.1", null, "Host: " + EVIL, "Accept: text/html");
    RawHttp.Answer forwardedHost =
        http.send(
            "GET /organisations/825 HTTP/1.1",
            null,
            "Host: localhost:" + port,
            "X-Forwarded-Host: " + EVIL,
            "Accept: text/html");
    RawHttp.Answer oldHttp =
        http.send("GET /organisations/825 HTTP/1.0", null, "Host: " + EVIL, "Accept: text/html");

    assertThat(forgedHost.status()).isEqualTo(302);
    assertThat(forgedHost.location()).isEqualTo("/sign-in");
    assertThat(forwardedHost.location()).isEqualTo("/sign-in");
    assertThat(oldHttp.status()).isEqualTo(302);
    assertThat(oldHttp.location()).isEqualTo("/sign-in");
  }

  @Test
  void signingInSigningOutAndFailingToSignInStayOnBeacon() {
    RawHttp http = new RawHttp(port);
    String username = accounts.officerOf("825").username();

    RawHttp.Answer asked =
        http.send("GET /organisations/825 HTTP/1.1", null, "Host: " + EVIL, "Accept: text/html");
    String session = asked.session().orElseThrow();
    String csrf =
        http.send("GET /sign-in HTTP/1.1", null, "Host: localhost:" + port, "Cookie: " + session)
            .csrf();
    RawHttp.Answer wrongPassword =
        http.send(
            "POST /sign-in HTTP/1.1",
            form("_csrf", csrf, "username", username, "password", "not the password"),
            "Host: " + EVIL,
            "Cookie: " + session);
    RawHttp.Answer signedIn =
        http.send(
            "POST /sign-in HTTP/1.1",
            form("_csrf", csrf, "username", username, "password", TestAccounts.PASSWORD),
            "Host: localhost:" + port,
            "Cookie: " + session);
    String signedInSession = signedIn.session().orElse(session);
    String signedInCsrf =
        http.send(
                "GET /account/tokens HTTP/1.1",
                null,
                "Host: localhost:" + port,
                "Cookie: " + signedInSession)
            .csrf();
    RawHttp.Answer signedOut =
        http.send(
            "POST /sign-out HTTP/1.1",
            form("_csrf", signedInCsrf),
            "Host: " + EVIL,
            "X-Forwarded-Host: " + EVIL,
            "Cookie: " + signedInSession);

    assertThat(wrongPassword.status()).isEqualTo(302);
    assertThat(wrongPassword.location()).isEqualTo("/sign-in?error=wrong");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location())
        .as("back to the page asked for, which was asked for with a forged host")
        .isEqualTo("/organisations/825?continue");
    assertThat(signedOut.status()).isEqualTo(302);
    assertThat(signedOut.location()).isEqualTo("/sign-in?signed-out");
  }

  private static String form(String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      body.append(body.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}
