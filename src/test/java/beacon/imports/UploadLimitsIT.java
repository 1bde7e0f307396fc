package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValues;
import beacon.web.SignedInSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an upload is refused for before its contents are read: a file over the 50 MB limit, refused
 * as it arrives and at once, whether its length is said first or it comes in chunks; a file name
 * with a control character in it, refused saying so. None of them changes anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Test
  void aFileOverTheLimitIsRefusedAsItArrivesNotAfterItIsRead() throws Exception {
    TestCouncil council = aCouncilWithV1At75();
    byte[] file = valuesOf(51L * 1024 * 1024);

    long start = System.nanoTime();
    HttpResponse<String> withLength = post(council, "values.csv", file, false);
    Duration refusedWithLength = Duration.ofNanos(System.nanoTime() - start);
    start = System.nanoTime();
    HttpResponse<String> inChunks = post(council, "values.csv", file, true);
    Duration refusedInChunks = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "A 51 MB upload was refused in %d ms with its length said, %d ms sent in chunks%n",
        refusedWithLength.toMillis(), refusedInChunks.toMillis());

    for (HttpResponse<String> refused : new HttpResponse[] {withLength, inChunks}) {
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).contains("The file is larger than the 50 MB limit");
    }
    assertThat(refusedWithLength).isLessThan(Duration.ofSeconds(5));
    assertThat(refusedInChunks).isLessThan(Duration.ofSeconds(10));
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  @Test
  void aFileNameWithAControlCharacterIsRefusedThroughTheApiSayingSo() throws Exception {
    TestCouncil council = aCouncilWithV1At75();
    byte[] file =
        "indicator_code,period,value\nV1,Q1 2024/25,99\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> nul = post(council, "values\u0000.csv", file, false);
    HttpResponse<String> bell = post(council, "values\u0007.csv", file, false);

    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(nul.body()).contains("The file's name has a control character in it");
    assertThat(bell.statusCode()).isEqualTo(422);
    assertThat(bell.body()).contains("the file's name has a control character in it");
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  @Test
  void aFileNameWithAControlCharacterIsRefusedOnTheImportPageSayingSo() {
    TestCouncil council = aCouncilWithV1At75();
    SignedInSession officer =
        SignedInSession.signIn(
            port, accounts.officerOf(council.code()).username(), TestAccounts.PASSWORD);
    byte[] file =
        "indicator_code,period,value\nV1,Q1 2024/25,99\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> nul = check(officer, council, "values\u0000.csv", file);
    HttpResponse<String> bell = check(officer, council, "values\u0007.csv", file);

    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.body())
        .contains("govuk-error-summary")
        .contains("The file&#39;s name has a control character in it");
    assertThat(bell.statusCode()).isEqualTo(200);
    assertThat(bell.body())
        .contains("govuk-error-summary")
        .contains("The file&#39;s name has a control character in it");
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  /** The import page's check of a file, as its form sends it: the CSRF token in the address. */
  private HttpResponse<String> check(
      SignedInSession officer, TestCouncil council, String fileName, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + Upload.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nvalues\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Upload.body(fileName, content));
    return officer.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/organisations/"
                        + council.code()
                        + "/imports?_csrf="
                        + URLEncoder.encode(officer.csrf(), StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + Upload.BOUNDARY)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  private HttpResponse<String> post(
      TestCouncil council, String fileName, byte[] content, boolean inChunks) throws Exception {
    String query = "org=" + council.code() + "&dryRun=false";
    return inChunks
        ? Upload.postInChunks(accounts.administrator(), port, "values", query, fileName, content)
        : Upload.post(accounts.administrator(), port, "values", query, fileName, content);
  }

  /** A values file of about that many bytes whose first row corrects V1's Q1 value to 99. */
  private static byte[] valuesOf(long bytes) {
    ByteArrayOutputStream file = new ByteArrayOutputStream((int) bytes + 64);
    file.writeBytes(
        "indicator_code,period,value\nV1,Q1 2024/25,99\n".getBytes(StandardCharsets.UTF_8));
    byte[] note = "V1,Q2 2024/25,80\n".getBytes(StandardCharsets.UTF_8);
    while (file.size() < bytes) {
      file.writeBytes(note);
    }
    return file.toByteArray();
  }

  private TestCouncil aCouncilWithV1At75() {
    return councils.aCouncil().withQuarterlyIndicator("V1", "80").withValue("V1", Q1, "75");
  }
}
