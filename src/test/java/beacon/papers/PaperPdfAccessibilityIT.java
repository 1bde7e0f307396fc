package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every layout's PDF meets PDF/UA-1 (ISO 14289-1) as veraPDF checks it: tagged structure, language,
 * title, embedded fonts, and a text alternative for every chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaperPdfAccessibilityIT extends EmbeddedDatabaseForTests {

  @Autowired TestAccounts accounts;
  @LocalServerPort int port;

  @BeforeAll
  static void startValidator() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2018-19-Q2",
    "scorecard, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void eachLayoutsPdfMeetsPdfUa(String layout, String organisation, String period)
      throws Exception {
    byte[] pdf = pdf(layout, "org=" + organisation + "&period=" + period);

    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures =
          result.getTestAssertions().stream()
              .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  assertion ->
                      assertion.getRuleId().getClause()
                          + "-"
                          + assertion.getRuleId().getTestNumber()
                          + " "
                          + assertion.getMessage())
              .distinct()
              .toList();
      assertThat(failures).isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }

  private byte[] pdf(String layout, String query) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + PaperAddress.of(layout, query)
                                + "&format=pdf"))
                    .header("Authorization", accounts.administrator().bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
