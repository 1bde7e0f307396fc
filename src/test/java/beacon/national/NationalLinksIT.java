package beacon.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.rules.period.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator linked to a national measure through the API has its benchmarks filled from every
 * authority's published figures, year by year; linking again changes nothing, another measure
 * closes the first one's figures and keeps them, and typed benchmarks are never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalLinksIT extends EmbeddedDatabaseForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Benchmarks benchmarks;
  @Autowired JdbcClient db;

  @Test
  void linkingFillsEnglandTheRegionAndTheNeighboursForEveryYearWithTheirSource() throws Exception {
    TestCouncil miltonKeynes = councils.anAuthority("826").withQuarterlyIndicator("ICPC", "80");

    HttpResponse<String> linked =
        send(
            "PUT",
            link(miltonKeynes, "ICPC"),
            "{\"measure\":\"CP_conf_15days\",\"by\":\"A Officer\"}");

    assertThat(linked.statusCode()).isEqualTo(200);
    JsonNode answer = JSON.readTree(linked.body());
    assertThat(answer.at("/current/measure").asString()).isEqualTo("CP_conf_15days");
    assertThat(answer.at("/filled/added").asInt()).isGreaterThan(20);
    long icpc = miltonKeynes.indicatorId("ICPC");
    assertThat(filled(icpc, Comparator.ENGLAND, "2021-22")).isEqualByComparingTo("79.2");
    assertThat(source(icpc, Comparator.ENGLAND, "2021-22")).isEqualTo("CIN Census 2021/22");
    assertThat(filled(icpc, Comparator.REGION, "2021-22")).isEqualByComparingTo("78.6");
    JsonNode national = get("/api/v1/national/CP_conf_15days?year=2022&la=826");
    assertThat(filled(icpc, Comparator.STATISTICAL_NEIGHBOURS, "2021-22"))
        .isEqualByComparingTo(
            national.at("/neighbours/mean").decimalValue().setScale(1, RoundingMode.HALF_UP));
    assertThat(source(icpc, Comparator.STATISTICAL_NEIGHBOURS, "2021-22"))
        .isEqualTo(
            "CIN Census 2021/22, DfE 2021 model, " + national.at("/neighbours/said").asString());
  }

  @Test
  void linkingAgainChangesNothingAndAnotherMeasureClosesTheFirstOnesFiguresKeepingThem()
      throws Exception {
    TestCouncil bracknell = councils.anAuthority("867").withQuarterlyIndicator("REREF", "20");
    long rereferrals = bracknell.indicatorId("REREF");
    send("PUT", link(bracknell, "REREF"), "{\"measure\":\"CP_conf_15days\",\"by\":\"A Officer\"}");
    int first = current(rereferrals);

    JsonNode again =
        JSON.readTree(
            send(
                    "PUT",
                    link(bracknell, "REREF"),
                    "{\"measure\":\"CP_conf_15days\",\"by\":\"A Officer\"}")
                .body());
    assertThat(again.at("/filled/added").asInt()).isZero();
    assertThat(again.at("/filled/unchanged").asInt()).isEqualTo(first);

    JsonNode other =
        JSON.readTree(
            send(
                    "PUT",
                    link(bracknell, "REREF"),
                    "{\"measure\":\"ReReferral\",\"by\":\"B Officer\",\"reason\":\"wrong measure\"}")
                .body());
    assertThat(
            db.sql(
                    "select count(*) from benchmark where indicator_id = ?"
                        + " and superseded_at is not null")
                .param(rereferrals)
                .query(Integer.class)
                .single())
        .as("every figure of the first measure is closed, and kept")
        .isEqualTo(first);
    assertThat(other.at("/current/measure").asString()).isEqualTo("ReReferral");
    assertThat(other.at("/history").size()).isEqualTo(3);
    assertThat(other.at("/history/0/reason").asString()).isEqualTo("wrong measure");
    assertThat(filled(rereferrals, Comparator.ENGLAND, "2016-17")).isEqualByComparingTo("21.9");

    int second = current(rereferrals);
    JsonNode ended =
        JSON.readTree(send("DELETE", link(bracknell, "REREF"), "{\"by\":\"B Officer\"}").body());
    assertThat(absent(ended.at("/current"))).isTrue();
    assertThat(current(rereferrals)).isZero();
    assertThat(
            db.sql("select count(*) from benchmark where indicator_id = ?")
                .param(rereferrals)
                .query(Integer.class)
                .single())
        .as("every figure filled is kept, closed")
        .isEqualTo(first + second);
  }

  @Test
  void benchmarksTypedForAReportStayAsTheyWere() throws Exception {
    TestCouncil windsor = councils.anAuthority("868").withQuarterlyIndicator("ICPC", "80");
    long icpc = windsor.indicatorId("ICPC");
    benchmarks.add(
        new Benchmark(
            icpc,
            "2022-23-Q4",
            Comparator.ENGLAND,
            "England",
            new FinancialYear(2021),
            new BigDecimal("78"),
            "typed from the paper"),
        "A Officer");

    send("PUT", link(windsor, "ICPC"), "{\"measure\":\"CP_conf_15days\",\"by\":\"A Officer\"}");
    send("DELETE", link(windsor, "ICPC"), "{\"by\":\"A Officer\"}");

    assertThat(
            db.sql("select value from benchmark where indicator_id = ? and superseded_at is null")
                .param(icpc)
                .query(BigDecimal.class)
                .list())
        .singleElement()
        .satisfies(value -> assertThat(value).isEqualByComparingTo("78"));
  }

  @Test
  void aMeasureTheDataDoesNotHaveOrNoMeasureIsRefusedAndNothingIsLinked() throws Exception {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("ICPC", "80");

    HttpResponse<String> unknown =
        send("PUT", link(council, "ICPC"), "{\"measure\":\"NoSuchMeasure\",\"by\":\"A Officer\"}");
    HttpResponse<String> none = send("PUT", link(council, "ICPC"), "{\"reason\":\"no measure\"}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).at("/detail").asString())
        .isEqualTo("measure: there is no national measure NoSuchMeasure");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(none.body()).at("/detail").asString()).startsWith("measure:");
    JsonNode links = get(link(council, "ICPC"));
    assertThat(absent(links.at("/current"))).isTrue();
    assertThat(links.at("/history").size()).isZero();
    assertThat(current(council.indicatorId("ICPC"))).isZero();
  }

  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private BigDecimal filled(long indicator, Comparator comparator, String period) {
    return db.sql(
            "select value from benchmark where indicator_id = ? and comparator = ?"
                + " and period_code = ? and superseded_at is null")
        .params(indicator, comparator.name(), period)
        .query(BigDecimal.class)
        .single();
  }

  private String source(long indicator, Comparator comparator, String period) {
    return db.sql(
            "select source from benchmark where indicator_id = ? and comparator = ?"
                + " and period_code = ? and superseded_at is null")
        .params(indicator, comparator.name(), period)
        .query(String.class)
        .single();
  }

  private int current(long indicator) {
    return db.sql("select count(*) from benchmark where indicator_id = ? and superseded_at is null")
        .param(indicator)
        .query(Integer.class)
        .single();
  }

  private static String link(TestCouncil council, String indicator) {
    return "/api/v1/organisations/"
        + council.code()
        + "/indicators/"
        + indicator
        + "/national-link";
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", accounts.administrator().bearer())
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", accounts.administrator().bearer())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
