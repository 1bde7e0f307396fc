package beacon.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
  @Autowired NationalData national;
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

    assertThat(loaded.figures()).isEqualTo(641_070);
    assertThat(loaded.measures()).isEqualTo(434);
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
  void anUnknownMeasureOrYearIsNotFoundAndSaysWhat() throws Exception {
    HttpResponse<String> measure = get("/api/v1/national/NoSuchMeasure?year=2022&la=825");
    HttpResponse<String> year = get("/api/v1/national/ReReferral?year=1999&la=825");

    assertThat(measure.statusCode()).isEqualTo(404);
    assertThat(measure.body()).contains("There is no national measure NoSuchMeasure");
    assertThat(year.statusCode()).isEqualTo(404);
    assertThat(year.body()).contains("ReReferral has no figures for the year 1999");
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
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
