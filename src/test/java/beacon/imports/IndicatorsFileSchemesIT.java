package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rating.IndicatorSchemes;
import beacon.rating.RagSchemes;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecards;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file of indicators rates an indicator by a scheme of its own, as a council's catalogue
 * spreadsheet states it beside each indicator: one the council has, or, when the import creates
 * what is missing, a new one of the kind and bands the row gives, created once for the indicators
 * naming it and never put in force for the whole council.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsFileSchemesIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final String HEADINGS =
      "code,title,polarity,unit,frequency,scheme,scheme_from,scheme_kind,scheme_band\n";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired RagSchemes schemes;
  @Autowired IndicatorSchemes indicatorSchemes;
  @Autowired Scorecards scorecards;

  @Test
  void aNewSchemeNamedByTheFileIsCreatedOnceAndRatesOnlyTheIndicatorsNamingIt() throws Exception {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("S1", "80")
            .withValue("S1", Q1, "79")
            .withQuarterlyIndicator("S3", "80")
            .withValue("S3", Q1, "79");
    String file =
        HEADINGS
            + "S1,Indicator S1,high,percent,quarterly,Within 2 points,01/04/2024,absolute band,2\n"
            + "S2,Care leavers in touch,high,percent,quarterly,within 2 points,2024-04-01,,\n";

    HttpResponse<String> imported = post(council, file, true);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body())
        .contains("\"added\":1", "\"changed\":1")
        .contains("scheme from 2024-04-01: (none of its own from that day)")
        .contains("scheme from 2024-04-01: Within 2 points");
    RagSchemes.Scheme created =
        schemes.schemesOf(council.id()).stream()
            .filter(s -> s.name().equals("Within 2 points"))
            .findFirst()
            .orElseThrow();
    assertThat(created.band()).isEqualByComparingTo("2");
    assertThat(created.inForceFrom()).as("not in force for the whole council").isNull();
    assertThat(schemes.schemesOf(council.id())).hasSize(2);
    assertThat(indicatorSchemes.usesFor(council.indicatorId("S1")))
        .singleElement()
        .satisfies(
            use -> {
              assertThat(use.schemeId()).isEqualTo(created.id());
              assertThat(use.inForceFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
            });
    assertThat(indicatorSchemes.usesFor(council.indicatorId("S2")))
        .singleElement()
        .satisfies(use -> assertThat(use.schemeId()).isEqualTo(created.id()));
    assertThat(rag(council, "S1")).as("79 against 80, within 2 points").isEqualTo(Rag.AMBER);
    assertThat(rag(council, "S3")).as("the council's own scheme, two states").isEqualTo(Rag.RED);

    HttpResponse<String> again = post(council, file, true);
    assertThat(again.body()).contains("\"added\":0", "\"changed\":0");
    assertThat(indicatorSchemes.usesFor(council.indicatorId("S1"))).hasSize(1);
  }

  @Test
  void aSchemeTheCouncilDoesNotHaveIsRefusedUnlessAskedToCreateItAndThenNeedsItsBands()
      throws Exception {
    TestCouncil council = councils.aCouncil();
    String unknown =
        HEADINGS + "S1,Indicator S1,high,percent,quarterly,Within 2 points,01/04/2024,,\n";

    HttpResponse<String> refused = post(council, unknown, false);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "indicators.csv, row 2, column scheme: there is no scheme 'Within 2 points' in the"
                + " catalogue");
    HttpResponse<String> noBand =
        post(
            council,
            HEADINGS + "S1,Indicator S1,high,percent,quarterly,Close,01/04/2024,absolute band,\n",
            true);
    assertThat(noBand.statusCode()).isEqualTo(422);
    assertThat(noBand.body())
        .contains(
            "row 2, column scheme_band: a scheme of kind 'absolute band' needs a scheme_band more"
                + " than 0");
    HttpResponse<String> noDay =
        post(council, HEADINGS + "S1,Indicator S1,high,percent,quarterly,Two states,,,\n", false);
    assertThat(noDay.body())
        .contains("column scheme_from: write the day Two states rates the indicator from");
    assertThat(schemes.schemesOf(council.id())).as("nothing is written").hasSize(1);
  }

  private Rag rag(TestCouncil council, String code) {
    return scorecards.forPeriod(council.code(), Q1).indicators().stream()
        .filter(line -> line.code().equals(code))
        .findFirst()
        .orElseThrow()
        .rag();
  }

  private HttpResponse<String> post(TestCouncil council, String file, boolean createMissing)
      throws Exception {
    return Upload.post(
        accounts.administratorOf(council.code()),
        port,
        "indicators",
        "org=" + council.code() + (createMissing ? "&createMissing=true" : ""),
        "indicators.csv",
        file.getBytes(StandardCharsets.UTF_8));
  }
}
