package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.rules.period.FinancialQuarter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The limit on what a form or an API request may send (256 KB) holds however the request is sent:
 * with its length said first, in chunks of no said length, or as an upload to a form that takes no
 * file. Only the import routes, whose controllers take a file, have the larger limit of uploads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final String BOUNDARY = "beacon-test-boundary";

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired Commentaries commentaries;
  @Autowired JdbcClient db;

  @Test
  void aBodySentInChunksIsHeldToTheSameLimitAndWritesNothing() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));

    HttpResponse<String> form =
        officer.send(
            inChunks(commentaryForm(council, ""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(
                    chunks(
                        "_csrf="
                            + encode(officer.csrf())
                            + "&state=DRAFT&narrative="
                            + "a".repeat(400_000)))
                .build());
    HttpResponse<String> api =
        send(
            inChunks(nationalLink(council))
                .header("Authorization", accounts.officerOf(council.code()).bearer())
                .header("Content-Type", "application/json")
                .PUT(chunks("{\"measure\":\"" + "x".repeat(400_000) + "\",\"reason\":\"r\"}"))
                .build());

    assertThat(form.statusCode()).isEqualTo(413);
    assertThat(form.body()).contains("What you sent is too long");
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("larger than Beacon accepts").doesNotContain("xxxxxxxx");
    assertThat(commentaries.current(council.indicatorId("A1"), Q1.code())).isEmpty();
    assertThat(nationalLinks(council)).isZero();
  }

  @Test
  void aFormOrRequestSentInChunksWithinTheLimitIsReadAsUsual() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));

    HttpResponse<String> form =
        officer.send(
            inChunks(commentaryForm(council, ""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(
                    chunks(
                        "_csrf="
                            + encode(officer.csrf())
                            + "&state=DRAFT&narrative="
                            + encode("Sent in chunks & read whole")))
                .build());
    HttpResponse<String> api =
        send(
            inChunks(nationalLink(council))
                .header("Authorization", accounts.officerOf(council.code()).bearer())
                .header("Content-Type", "application/json")
                .PUT(chunks("{\"measure\":\"no-such-measure\",\"reason\":\"r\"}"))
                .build());

    assertThat(form.statusCode()).as(form.body()).isEqualTo(302);
    assertThat(commentaries.current(council.indicatorId("A1"), Q1.code()))
        .hasValueSatisfying(
            commentary ->
                assertThat(commentary.narrative()).isEqualTo("Sent in chunks & read whole"));
    assertThat(api.statusCode()).isNotEqualTo(413);
    assertThat(api.body()).contains("no-such-measure");
  }

  @Test
  void aFileSentToAFormThatTakesNoFileIsHeldToTheFormLimit() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, "name=\"state\"", "DRAFT".getBytes(StandardCharsets.UTF_8));
    part(body, "name=\"narrative\"", "Sent as an upload".getBytes(StandardCharsets.UTF_8));
    part(body, "name=\"padding\"; filename=\"padding.bin\"", new byte[400_000]);
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> sent =
        officer.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base() + commentaryForm(council, "&_csrf=" + encode(officer.csrf()))))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());

    assertThat(sent.statusCode()).isEqualTo(413);
    assertThat(commentaries.current(council.indicatorId("A1"), Q1.code())).isEmpty();
  }

  private static void part(ByteArrayOutputStream body, String disposition, byte[] content) {
    body.writeBytes(
        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** A request whose body is sent in chunks, with no length said first. */
  private HttpRequest.Builder inChunks(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).version(HttpClient.Version.HTTP_1_1);
  }

  private static HttpRequest.BodyPublisher chunks(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
  }

  private static String commentaryForm(TestCouncil council, String more) {
    return "/organisations/"
        + council.code()
        + "/indicators/A1/commentary?period="
        + Q1.code()
        + more;
  }

  private static String nationalLink(TestCouncil council) {
    return "/api/v1/organisations/" + council.code() + "/indicators/A1/national-link";
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private SignedInSession signedIn(TestAccounts.TestAccount account) {
    return SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
  }

  private long nationalLinks(TestCouncil council) {
    return db.sql(
            """
            select count(*) from national_link l join indicator i on i.id = l.indicator_id
             where i.organisation_id = :organisation
            """)
        .param("organisation", council.id())
        .query(Long.class)
        .single();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
