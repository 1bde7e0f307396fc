package beacon.starter;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.national.NationalData;
import beacon.national.NationalFigures;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.NationalYears;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * A council set up from nothing starts its catalogue from the starter set by the API: every
 * standard measure becomes an indicator whose values are the council's published figure for every
 * year, and whose benchmarks are England, its region and its statistical neighbours, each equal to
 * the national data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterSetApiIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CAMBRIDGESHIRE = "873";

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
  void aNewCouncilStartsFromTheStarterSetWithItsPublishedFiguresAndBenchmarks() throws Exception {
    send(accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"873\"}");
    TestAccount admin = accounts.administratorOf(CAMBRIDGESHIRE);
    String starterSet = "/api/v1/organisations/873/starter-set";
    JsonNode offered = JSON.readTree(send(admin, "GET", starterSet, null).body());
    assertThat(offered.size()).as("measures offered").isEqualTo(20);

    HttpResponse<String> started = send(admin, "POST", starterSet, "{\"all\": true}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonNode indicators = JSON.readTree(started.body()).get("started");
    assertThat(indicators.size()).as("indicators started").isEqualTo(20);
    int yearsChecked = 0;
    for (JsonNode indicator : indicators) {
      String code = indicator.get("code").asString();
      String measure = indicator.get("measure").asString();
      NationalFigures.Measure known = figures.measure(measure).orElseThrow();
      Map<String, BigDecimal> published = published(known, CAMBRIDGESHIRE);
      assertThat(published).as(measure + " has figures for Cambridgeshire").isNotEmpty();

      Map<String, BigDecimal> values = new HashMap<>();
      for (JsonNode value : json(admin, "/indicators/" + path(code) + "/values")) {
        values.put(value.get("period").get("code").asString(), value.get("value").decimalValue());
        assertThat(value.get("source").asString()).startsWith("DfE, ");
        assertThat(value.get("recordedBy").asString()).isEqualTo(admin.account().name());
      }
      assertThat(values.keySet()).as(code + " periods").isEqualTo(published.keySet());
      published.forEach(
          (period, figure) ->
              assertThat(values.get(period)).as(code + " " + period).isEqualByComparingTo(figure));

      Map<String, BigDecimal> england = new HashMap<>();
      Map<String, BigDecimal> region = new HashMap<>();
      Map<String, BigDecimal> neighbours = new HashMap<>();
      for (JsonNode benchmark : json(admin, "/indicators/" + path(code) + "/benchmarks")) {
        Map<String, BigDecimal> into =
            switch (benchmark.get("comparator").asString()) {
              case "ENGLAND" -> england;
              case "REGION" -> region;
              default -> neighbours;
            };
        into.put(
            benchmark.get("period").get("code").asString(), benchmark.get("value").decimalValue());
      }
      assertThat(england).as(code + " England").isEqualTo(englandOf(known));
      for (NationalFigures.Statistics year : figures.everyYear(known, CAMBRIDGESHIRE)) {
        String period = NationalYears.periodOf(year.year(), known.yearType()).orElseThrow().code();
        AuthorityStatistics s = year.figures();
        if (s.regionValue() != null) {
          assertThat(region.get(period))
              .as(code + " East of England " + period)
              .isEqualByComparingTo(s.regionValue());
        }
        if (s.neighbours() != null && s.neighbours().mean() != null) {
          assertThat(neighbours.get(period))
              .as(code + " neighbours " + period)
              .isEqualByComparingTo(
                  s.neighbours().mean().setScale(known.decimalPlaces(), RoundingMode.HALF_UP));
        }
        yearsChecked++;
      }
    }
    assertThat(yearsChecked).as("years checked").isGreaterThan(100);
    assertThat(json(admin, "/indicators/CLA-RATE").get("unit").asString())
        .as("a rate per 10,000 children")
        .isEqualTo("PER_10000");
    JsonNode reReferrals = json(admin, "/indicators/CSC-REREFERRALS/values");
    assertThat(reReferrals.get(reReferrals.size() - 1).get("source").asString())
        .isEqualTo("DfE, CIN Census 2024/25");
  }

  @Test
  void aMeasureNotInTheSetIsRefusedAndNothingIsAdded() throws Exception {
    send(accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"874\"}");
    TestAccount admin = accounts.administratorOf("874");
    String starterSet = "/api/v1/organisations/874/starter-set";

    HttpResponse<String> refused =
        send(admin, "POST", starterSet, "{\"measures\": [\"ReReferral\", \"InfMort\"]}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .isEqualTo("measures: There is no measure InfMort in the starter set");
    assertThat(json(admin, "/indicators", "874").get("items").size()).isZero();
  }

  @Test
  void aMeasureTheCouncilHasAlreadyIsLeftAsItIs() throws Exception {
    send(accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"876\"}");
    TestAccount admin = accounts.administratorOf("876");
    String starterSet = "/api/v1/organisations/876/starter-set";
    send(admin, "POST", starterSet, "{\"measures\": [\"ReReferral\"]}");

    HttpResponse<String> again =
        send(admin, "POST", starterSet, "{\"measures\": [\"ReReferral\", \"CP_conf_15days\"]}");

    JsonNode started = JSON.readTree(again.body()).get("started");
    assertThat(started.size()).isEqualTo(1);
    assertThat(started.get(0).get("code").asString()).isEqualTo("CSC-ICPC-15");
    JsonNode offers = JSON.readTree(send(admin, "GET", starterSet, null).body());
    assertThat(offers.get(0).get("already").asString()).isEqualTo("CSC-REREFERRALS");
  }

  @Test
  void onlyTheCouncilsAdministratorStartsItsCatalogue() throws Exception {
    send(accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"877\"}");

    HttpResponse<String> refused =
        send(
            accounts.officerOf("877"),
            "POST",
            "/api/v1/organisations/877/starter-set",
            "{\"all\": true}");

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  private Map<String, BigDecimal> published(NationalFigures.Measure measure, String area) {
    Map<String, BigDecimal> byPeriod = new HashMap<>();
    db.sql(
            "select year, value from national_value"
                + " where measure_code = ? and area_code = ? and value is not null")
        .params(measure.code(), area)
        .query(
            (rs, n) -> {
              String year = rs.getString(1);
              BigDecimal value = rs.getBigDecimal(2);
              NationalYears.periodOf(year, measure.yearType())
                  .ifPresent(period -> byPeriod.put(period.code(), value));
              return year;
            })
        .list();
    return byPeriod;
  }

  private Map<String, BigDecimal> englandOf(NationalFigures.Measure measure) {
    return published(measure, "970");
  }

  private JsonNode json(TestAccount as, String path) throws Exception {
    return json(as, path, CAMBRIDGESHIRE);
  }

  private JsonNode json(TestAccount as, String path, String organisation) throws Exception {
    HttpResponse<String> answer =
        send(as, "GET", "/api/v1/organisations/" + organisation + path, null);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static String path(String code) {
    return URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
