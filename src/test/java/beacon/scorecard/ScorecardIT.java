package beacon.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The scorecard API on the real embedded PostgreSQL with the demonstration data reproduces every
 * rating the councils published, indicator by indicator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardIT extends EmbeddedDatabaseForTests {

  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;
  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} {1}: {2} Red, {3} Amber, {4} Green")
  @CsvSource({
    "825, 2017-18-Q4, 5, 6, 6",
    "825, 2018-19-Q2, 8, 1, 5",
    "825, 2022-23-Q4, 8, 0, 7",
    "872, 2017-18-Q1, 3, 4, 6"
  })
  void reproducesThePublishedRatingsOfEachPaper(
      String org, String period, int red, int amber, int green) throws IOException {
    JsonNode scorecard = scorecard(org, period);

    Map<String, String> published = publishedRatings(org, period);
    Map<String, String> computed =
        scorecard
            .get("indicators")
            .valueStream()
            .collect(
                Collectors.toMap(
                    line -> line.get("code").asString(), line -> line.get("rag").asString()));
    assertThat(computed).isEqualTo(published);
    assertThat(scorecard.at("/counts/RED").asInt()).isEqualTo(red);
    assertThat(scorecard.at("/counts/AMBER").asInt()).isEqualTo(amber);
    assertThat(scorecard.at("/counts/GREEN").asInt()).isEqualTo(green);
    assertThat(scorecard.at("/counts/NOT_RATED").asInt()).isZero();
    assertThat(scorecard.get("total").asInt()).isEqualTo(red + amber + green);
  }

  @Test
  void saysWhyAnIndicatorIsAmberAndShowsTheValueAgainstItsTarget() {
    JsonNode assessments = line(scorecard("825", "2017-18-Q4"), "CSC-ASSESS-45");
    assertThat(assessments.get("rag").asString()).isEqualTo("AMBER");
    assertThat(assessments.get("ratingBasis").asString()).isEqualTo("COMPUTED");
    assertThat(assessments.get("reason").asString())
        .isEqualTo(
            "Amber: 83% is below the green threshold of 86% (100% target with 14% tolerance)"
                + " but within 10% of it; Red below 77.4%");
    assertThat(assessments.at("/value/display").asString()).isEqualTo("83%");
    assertThat(assessments.at("/value/period/label").asString()).isEqualTo("Mar 2018");
    assertThat(assessments.at("/target/display").asString()).isEqualTo("100% (14% tolerance)");
    assertThat(assessments.get("greenThreshold").decimalValue()).isEqualByComparingTo("86");
    assertThat(assessments.get("polarity").asString()).isEqualTo("HIGH");
    assertThat(assessments.at("/sincePreviousValue/direction").asString()).isEqualTo("IMPROVED");
    assertThat(assessments.at("/sincePreviousValue/against/code").asString()).isEqualTo("2017-12");
    assertThat(assessments.at("/sinceYearEarlier/sentence").asString())
        .isEqualTo("Worsened from 89% in Mar 2017 (down 6 percentage points)");
    assertThat(
            assessments
                .get("benchmarks")
                .valueStream()
                .map(b -> b.get("name").asString() + " " + b.get("display").asString()))
        .containsExactly("Statistical Neighbours 86%", "South East 83%", "England 83%");
  }

  @Test
  void showsALaggedValueWithItsOwnPeriod() {
    JsonNode exclusions = line(scorecard("825", "2018-19-Q2"), "EDU-EXCL-PRI");
    assertThat(exclusions.at("/value/period/code").asString()).isEqualTo("AY2016-17");
    assertThat(exclusions.at("/value/behindReportingPeriod").asBoolean()).isTrue();
    assertThat(exclusions.get("lagMonths").asInt()).isEqualTo(12);
    assertThat(exclusions.at("/sincePreviousValue/direction").asString()).isEqualTo("IMPROVED");
  }

  @Test
  void tellsAnAssessedRatingFromAComputedOne() {
    JsonNode line = line(scorecard("872", "2017-18-Q1"), "W-CP-VISITS");
    assertThat(line.get("rag").asString()).isEqualTo("RED");
    assertThat(line.get("ratingBasis").asString()).isEqualTo("ASSESSED");
    assertThat(line.get("computedRag").asString()).isEqualTo("NOT_RATED");
    assertThat(line.get("reason").asString()).startsWith("Red: assessed, not computed");
  }

  @Test
  void carriesTheCommentaryAndImprovementActionsOfThePeriod() {
    JsonNode line = line(scorecard("825", "2022-23-Q4"), "CSC-REREF-Q");
    assertThat(line.at("/commentary/paragraphs/0").asString())
        .startsWith("Re-referrals increased during the Covid-19");
    assertThat(line.at("/commentary/improvementActions").size()).isEqualTo(3);
    assertThat(line.get("benchmarkText").asString()).contains("CIN Census 2021/22");
  }

  @Test
  void answersAnUnknownOrganisationOrPeriodWithProblemDetails() {
    assertProblem(
        "/api/v1/organisations/999/scorecard?period=2022-23-Q4",
        404,
        "There is no organisation with the code '999'");
    assertProblem(
        "/api/v1/organisations/825/scorecard?period=2030-31-Q1",
        404,
        "reports no indicators for Q1 2030/31");
    assertProblem(
        "/api/v1/organisations/825/scorecard?period=Q9", 404, "'Q9' is not a period code");
    assertProblem("/api/v1/organisations/825/scorecard", 400, "period");
  }

  @Test
  void aQuarterThatHasNotEndedHasNoScorecardWhateverIsRecordedForIt() {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", new FinancialQuarter(2024, 1), "75");
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
                   recorded_by)
            values (:indicator, '2026-27-Q3', '2026-10-01', '2026-12-31', 85, 'an earlier Beacon')
            """)
        .param("indicator", council.indicatorId("X1"))
        .update();

    assertProblem(
        "/api/v1/organisations/" + council.code() + "/scorecard?period=2026-27-Q3",
        404,
        "reports no indicators for Q3 2026/27 (2026-27-Q3), which has not ended");
    assertThat(scorecard(council.code(), "2024-25-Q1").at("/counts/RED").asInt()).isEqualTo(1);
  }

  private void assertProblem(String path, int status, String detail) {
    RestClient.ResponseSpec response = client().get().uri(path).retrieve();
    JsonNode problem =
        response
            .onStatus(HttpStatusCode::isError, (request, reply) -> {})
            .toEntity(JsonNode.class)
            .getBody();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detail);
    assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("at beacon.");
  }

  private JsonNode scorecard(String org, String period) {
    return client()
        .get()
        .uri("/api/v1/organisations/{org}/scorecard?period={period}", org, period)
        .retrieve()
        .body(JsonNode.class);
  }

  private static JsonNode line(JsonNode scorecard, String code) {
    return scorecard
        .get("indicators")
        .valueStream()
        .filter(line -> line.get("code").asString().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private RestClient client() {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultHeader("Authorization", accounts.administrator().bearer())
        .build();
  }

  private static Map<String, String> publishedRatings(String org, String period)
      throws IOException {
    try (Reader reader =
        new InputStreamReader(
            ScorecardIT.class.getResourceAsStream("/published-ratings.csv"),
            StandardCharsets.UTF_8)) {
      List<CSVRecord> rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords();
      return rows.stream()
          .filter(
              row ->
                  row.get("organisation").equals(org) && row.get("reporting_period").equals(period))
          .collect(Collectors.toMap(row -> row.get("indicator_code"), row -> row.get("rag")));
    }
  }
}
