package beacon.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.rules.rating.Polarity;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national data Beacon ships, loaded on the first start, recomputes the benchmarks the
 * councils' papers printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalDataIT extends EmbeddedDatabaseForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired NationalData national;
  @Autowired NationalFigures figures;
  @Autowired JdbcClient db;

  @BeforeEach
  void theFirstStartHasLoadedTheNationalData() throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    while (national.lastLoad().isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(200);
    }
  }

  @Test
  void theFirstStartLoadsEveryMeasureAuthorityAndNeighbourModel() {
    NationalData.Loaded loaded = national.lastLoad().orElseThrow();

    assertThat(loaded.figures()).isEqualTo(641_070 + 409_306);
    assertThat(loaded.measures()).isEqualTo(434 + 414);
    assertThat(count("select count(*) from national_measure where source = 'LAIT'")).isEqualTo(434);
    assertThat(
            count(
                "select count(*) from national_value v join national_measure m"
                    + " on m.code = v.measure_code where m.source = 'LAIT'"))
        .isEqualTo(641_070);
    assertThat(count("select count(*) from authority where old_code = '825'")).isEqualTo(2);
    assertThat(count("select count(distinct model) from statistical_neighbour")).isEqualTo(2);
    assertThat(count("select count(*) from bank_holiday where holiday = date '2022-12-26'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from national_value where suppression = '-'"))
        .isEqualTo(93_883);
  }

  @Test
  void buckinghamshiresConferencesWithin15DaysIn2021To22AreComparedAsTheirPaperDid()
      throws Exception {
    JsonNode figure = ok("/api/v1/national/CP_conf_15days?year=2022&la=825");

    assertThat(figure.get("authority").get("name").asString()).isEqualTo("Buckinghamshire");
    assertThat(figure.get("england").decimalValue()).isEqualByComparingTo("79.2");
    assertThat(figure.get("region").get("name").asString()).isEqualTo("South East");
    assertThat(figure.get("region").get("value").decimalValue()).isEqualByComparingTo("78.6");
    JsonNode neighbours = figure.get("neighbours");
    assertThat(neighbours.get("model").asString()).isEqualTo("2021");
    assertThat(neighbours.get("mean").decimalValue().setScale(1, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("82.2");
    assertThat(neighbours.get("said").asString()).isEqualTo("10 of 10 neighbours");
    assertThat(neighbours.get("members")).hasSize(10);
    assertThat(figure.get("rank").asInt()).isEqualTo(141);
    assertThat(figure.get("outOf").asInt()).isEqualTo(149);
    assertThat(figure.get("quartile").asString()).isEqualTo("D");
  }

  @Test
  void aMeasureTheLaitShowsWithoutQuartileBandsIsRankedButNotBanded() throws Exception {
    JsonNode figure = ok("/api/v1/national/KS2M_AVG_Scaled_Score?year=2023&la=825");

    assertThat(figure.at("/measure/banded").asBoolean()).isFalse();
    assertThat(figure.get("rank").asInt()).isPositive();
    assertThat(figure.has("quartile") && !figure.get("quartile").isNull()).isFalse();
  }

  @Test
  void reReferralsIn2016To17WithTheirNeighbours() throws Exception {
    JsonNode figure = ok("/api/v1/national/ReReferral?year=2017&la=825");

    assertThat(figure.get("england").decimalValue()).isEqualByComparingTo("21.9");
    assertThat(
            figure
                .get("neighbours")
                .get("mean")
                .decimalValue()
                .setScale(1, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("21.1");
  }

  @Test
  void childBasedReReferralsOfTheCinCensusCompareBuckinghamshireWithEnglandAndItsNeighbours() {
    NationalFigures.Statistics reReferrals =
        figures.of("c1.rereferral_child_percent", "2022", "825").orElseThrow();

    assertThat(reReferrals.measure().name())
        .isEqualTo("Re-referrals within 12 months (% of children referred)");
    assertThat(reReferrals.measure().polarity()).isEqualTo(Polarity.LOW);
    assertThat(reReferrals.authorityName()).isEqualTo("Buckinghamshire");
    assertThat(reReferrals.figures().value()).isEqualByComparingTo("30.6");
    assertThat(reReferrals.figures().england()).isEqualByComparingTo("20.2");
    assertThat(reReferrals.figures().region()).isEqualTo("South East");
    assertThat(reReferrals.figures().regionValue()).isEqualByComparingTo("23.9");
    assertThat(reReferrals.figures().neighbours().model()).isEqualTo("2021");
    assertThat(reReferrals.figures().neighbours().coverageInWords())
        .isEqualTo("10 of 10 neighbours");
    assertThat(reReferrals.figures().neighbours().mean().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("20.07");
    assertThat(reReferrals.years()).contains("2013", "2025");
  }

  @Test
  void anInnerLondonBoroughIsComparedWithInnerLondonInAnEesMeasure() throws Exception {
    JsonNode figure = ok("/api/v1/national/c1.rereferral_child_percent?year=2022&la=202");

    assertThat(figure.get("authority").get("name").asString()).isEqualTo("Camden");
    assertThat(figure.get("region").get("name").asString()).isEqualTo("London (Inner)");
    assertThat(figure.get("region").get("value").decimalValue()).isEqualByComparingTo("17");
  }

  @Test
  void eachMeasureSaysItsPublicationItsDefinitionAndWhetherItIsBanded() {
    assertThat(about("c1.rereferral_child_percent"))
        .containsEntry("publication", "CIN Census")
        .containsEntry("variant", "child-based")
        .containsEntry("banded", true)
        .containsEntry(
            "source", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv.gz");
    assertThat(about("c1.rereferral_percent"))
        .containsEntry("publication", "CIN Census")
        .containsEntry("variant", "referral-based");
    assertThat(about("ReReferral"))
        .containsEntry("publication", "CIN Census")
        .containsEntry("variant", "referral-based")
        .containsEntry("source", "LAIT");
    assertThat(about("Vacancies_cover"))
        .containsEntry("publication", "Children's social work workforce census")
        .containsEntry("banded", false);
  }

  @Test
  void anUnknownMeasureOrYearIsNotFoundAndSaysWhat() throws Exception {
    HttpResponse<String> measure = get("/api/v1/national/NoSuchMeasure?year=2022&la=825");
    HttpResponse<String> year = get("/api/v1/national/ReReferral?year=1999&la=825");

    assertThat(measure.statusCode()).isEqualTo(404);
    assertThat(measure.body()).contains("There is no national measure NoSuchMeasure");
    assertThat(year.statusCode()).isEqualTo(404);
    assertThat(year.body()).contains("ReReferral has no figures for the year 1999");
  }

  @Test
  void asManyFiguresAsAreAskedForAreAnsweredWithoutKeepingADatabaseConnectionEach()
      throws Exception {
    // more answers one after another than the connection pool holds connections
    for (int asked = 0; asked < 40; asked++) {
      HttpResponse<String> answer = get("/api/v1/national/ReReferral?year=2017&la=825");

      assertThat(answer.statusCode()).as("answer %d", asked + 1).isEqualTo(200);
    }
  }

  private Map<String, Object> about(String measure) {
    return db.sql(
            "select publication, variant, banded, source from national_measure where code = ?")
        .param(measure)
        .query()
        .singleRow();
  }

  private int count(String sql) {
    return db.sql(sql).query(Integer.class).single();
  }

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", accounts.administrator().bearer())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
