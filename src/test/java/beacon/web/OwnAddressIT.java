package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With Beacon's own address configured ({@code beacon.address}), every address Beacon makes of
 * itself is that one, whatever a request or a proxy says its host, port or scheme is: the address
 * single sign-on asks the provider to send people back to, and whether cookies are sent only over
 * HTTPS.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "beacon.address=https://beacon.example.org")
class OwnAddressIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;

  /** A Beacon of other settings starts its own database, in a directory of its own. */
  @DynamicPropertySource
  static void dataDirectoryOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
    Path parent = Files.createDirectories(Path.of("target", "test-data"));
    Path directory = Files.createTempDirectory(parent.toAbsolutePath(), "beacon-address-");
    registry.add("beacon.test.database-directory", directory::toString);
  }

  @Test
  void singleSignOnSendsPeopleBackToBeaconsOwnAddressWhateverTheRequestSays() {
    RawHttp.Answer toProvider =
        new RawHttp(port)
            .send(
                "GET /oauth2/authorization/test HTTP/1.1",
                null,
                "Host: evil.example",
                "X-Forwarded-Host: evil.example",
                "X-Forwarded-Port: 8081",
                "X-Forwarded-Proto: http");

    assertThat(toProvider.status()).isEqualTo(302);
    assertThat(URLDecoder.decode(toProvider.location(), StandardCharsets.UTF_8))
        .contains("redirect_uri=https://beacon.example.org/login/oauth2/code/test")
        .doesNotContain("evil.example");
  }

  @Test
  void cookiesAreSentOnlyOverHttpsWhenBeaconsAddressIsHttps() {
    RawHttp.Answer signIn =
        new RawHttp(port).send("GET /sign-in HTTP/1.1", null, "Host: localhost:" + port);

    assertThat(signIn.status()).isEqualTo(200);
    assertThat(signIn.headers().stream().filter(line -> line.startsWith("Set-Cookie: SESSION=")))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    assertThat(signIn.header("Strict-Transport-Security")).isPresent();
  }

  @Test
  void pagesStillSendToTheirPathsOnBeacon() {
    RawHttp.Answer asked =
        new RawHttp(port).send("GET /organisations/825 HTTP/1.1", null, "Host: evil.example");

    assertThat(asked.location()).isEqualTo("/sign-in");
  }
}
