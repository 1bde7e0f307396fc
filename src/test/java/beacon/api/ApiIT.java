package beacon.api;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisations;
import beacon.round.CollectionRounds;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Figure;
import beacon.rules.round.DueDates;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API read by a script, on the demonstration councils (read only) and councils of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIT extends EmbeddedDatabaseForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired Indicators indicators;
  @Autowired IndicatorValues values;
  @Autowired TestCouncils councils;
  @Autowired CollectionRounds rounds;

  @Test
  void listsTheDemonstrationCouncilsWithTheirRegion() throws Exception {
    JsonNode list = ok("/api/v1/organisations");

    assertThat(strings(list, "code")).contains("825", "872");
    JsonNode buckinghamshire = ok("/api/v1/organisations/825");
    assertThat(buckinghamshire.get("name").asString()).isEqualTo("Buckinghamshire");
    assertThat(buckinghamshire.get("region").asString()).isEqualTo("South East");
    assertThat(buckinghamshire.has("id")).isFalse();
  }

  @Test
  void pagesThroughACouncilsIndicatorsInTheOrderOfItsPapers() throws Exception {
    long buckinghamshire = organisations.withCode("825").orElseThrow().id();
    List<String> all = indicators.allOf(buckinghamshire).stream().map(Indicator::code).toList();

    JsonNode page = ok("/api/v1/organisations/825/indicators?page=2&size=10");

    assertThat(page.get("page").asInt()).isEqualTo(2);
    assertThat(page.get("size").asInt()).isEqualTo(10);
    assertThat(page.get("totalItems").asInt()).isEqualTo(all.size()).isEqualTo(39);
    assertThat(page.get("totalPages").asInt()).isEqualTo(4);
    assertThat(strings(page.get("items"), "code")).isEqualTo(all.subList(10, 20));
  }

  @Test
  void givesFiftyIndicatorsAPageUnlessAskedAndNoneAfterTheLastPage() throws Exception {
    JsonNode first = ok("/api/v1/organisations/825/indicators");
    JsonNode beyond = ok("/api/v1/organisations/825/indicators?page=9&size=10");

    assertThat(first.get("size").asInt()).isEqualTo(50);
    assertThat(first.get("items")).hasSize(39);
    assertThat(beyond.get("items")).isEmpty();
    assertThat(beyond.get("totalItems").asInt()).isEqualTo(39);
  }

  @Test
  void describesOneIndicatorInTheCouncilsWords() throws Exception {
    JsonNode indicator = ok("/api/v1/organisations/825/indicators/CSC-REREF-Q");

    assertThat(indicator.get("code").asString()).isEqualTo("CSC-REREF-Q");
    assertThat(indicator.get("title").asString()).isEqualTo("% of re-referrals within 12 months");
    assertThat(indicator.get("definition").asString()).startsWith("This indicator measures");
    assertThat(indicator.get("polarity").asString()).isEqualTo("LOW");
    assertThat(indicator.get("aimTo").asString()).isEqualTo("Aim to Minimise");
    assertThat(indicator.get("unit").asString()).isEqualTo("PERCENT");
    assertThat(indicator.get("frequency").asString()).isEqualTo("FINANCIAL_QUARTER");
    assertThat(indicator.get("portfolio").asString()).isNotBlank();
    assertThat(indicator.has("organisationId")).isFalse();
  }

  @Test
  void listsAnIndicatorsValuesOldestFirstWithTheirPeriods() throws Exception {
    JsonNode list = ok("/api/v1/organisations/825/indicators/CSC-REREF-Q/values");

    List<Integer> figures = new ArrayList<>();
    list.forEach(value -> figures.add(value.get("value").asInt()));
    assertThat(figures).containsExactly(32, 35, 32, 34, 40, 38, 44, 37);
    JsonNode first = list.get(0);
    assertThat(first.get("period").get("code").asString()).isEqualTo("2021-22-Q1");
    assertThat(first.get("period").get("label").asString()).isEqualTo("Q1 2021/22");
    assertThat(first.get("display").asString()).isEqualTo("32%");
    assertThat(first.get("provisional").asBoolean()).isFalse();
    assertThat(first.get("recordedBy").asString()).isNotBlank();
    assertThat(first.get("recordedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    assertThat(list.get(6).get("note").asString()).contains("the table prints 44");
  }

  @Test
  void showsEveryVersionOfACorrectedValueWithWhoWhenAndWhy() throws Exception {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("API-1", "80").withValue("API-1", q1, "75");
    values.record(
        new NewValue(
            council.indicatorId("API-1"), q1, Figure.of("78"), null, null, false, null, null),
        "API-1",
        "performance officer",
        "Late returns added");

    JsonNode history =
        ok(
            "/api/v1/organisations/"
                + council.code()
                + "/indicators/API-1/values/2024-25-Q1/history");

    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("value").asInt()).isEqualTo(78);
    assertThat(history.get(0).get("recordedBy").asString()).isEqualTo("performance officer");
    assertThat(history.get(0).get("reason").asString()).isEqualTo("Late returns added");
    assertThat(history.get(1).get("value").asInt()).isEqualTo(75);
    assertThat(history.get(1).get("recordedBy").asString()).isEqualTo("test");
    assertThat(history.get(1).has("reason")).isFalse();
    JsonNode current = ok("/api/v1/organisations/" + council.code() + "/indicators/API-1/values");
    assertThat(current).hasSize(1);
    assertThat(current.get(0).get("value").asInt()).isEqualTo(78);
  }

  @Test
  void listsAnIndicatorsTargetsBenchmarksAndCommentary() throws Exception {
    String indicator = "/api/v1/organisations/825/indicators/CSC-REREF-Q";

    JsonNode targets = ok(indicator + "/targets");
    assertThat(strings(targets, "period", "code")).containsExactly("2021-22", "2022-23");
    assertThat(targets.get(1).get("target").asInt()).isEqualTo(28);
    assertThat(targets.get(1).get("display").asString()).isEqualTo("28%");

    JsonNode benchmarks = ok(indicator + "/benchmarks");
    assertThat(strings(benchmarks, "name"))
        .as("the paper's three, then those filled from the national measure it is linked to")
        .startsWith("England", "South East", "Statistical Neighbours");
    for (int i = 3; i < benchmarks.size(); i++) {
      assertThat(benchmarks.get(i).has("reportingPeriod")).isFalse();
      assertThat(benchmarks.get(i).get("source").asString()).startsWith("CIN Census");
    }
    assertThat(benchmarks.get(1).get("comparator").asString()).isEqualTo("REGION");
    assertThat(benchmarks.get(1).get("value").asInt()).isEqualTo(24);
    assertThat(benchmarks.get(1).get("period").get("label").asString()).isEqualTo("2021/22");
    assertThat(benchmarks.get(1).get("source").asString()).isEqualTo("CIN Census 2021/22");

    JsonNode commentary = ok(indicator + "/commentary?period=2022-23-Q4");
    assertThat(commentary).hasSize(1);
    assertThat(commentary.get(0).get("period").get("label").asString()).isEqualTo("Q4 2022/23");
    assertThat(commentary.get(0).get("narrative").asString())
        .startsWith("Re-referrals increased during the Covid-19 pandemic");
    assertThat(ok(indicator + "/commentary")).hasSizeGreaterThanOrEqualTo(1);
    assertThat(ok(indicator + "/commentary?period=2017-18-Q1")).isEmpty();
  }

  @Test
  void describesACollectionRoundWithTheStateOfEachIndicatorDue() throws Exception {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("API-1", "80")
            .withQuarterlyIndicator("API-2", "80")
            .withValue("API-1", q1, "75");
    rounds.open(
        council.id(),
        q1,
        new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26)),
        "A. Officer",
        null);

    JsonNode round = ok("/api/v1/organisations/" + council.code() + "/rounds/2024-25-Q1");

    assertThat(round.get("period").get("label").asString()).isEqualTo("Q1 2024/25");
    assertThat(round.get("dataDue").asString()).isEqualTo("2024-07-12");
    assertThat(round.get("counts").get("AWAITING_DATA").asInt()).isEqualTo(1);
    assertThat(round.get("counts").get("DATA_ENTERED").asInt()).isEqualTo(1);
    assertThat(strings(round.get("indicators"), "code")).containsExactly("API-1", "API-2");
    assertThat(round.get("indicators").get(1).get("state").asString()).isEqualTo("AWAITING_DATA");
    assertThat(round.get("indicators").get(1).get("overdue").asBoolean()).isTrue();
    assertThat(round.has("id")).isFalse();
  }

  @ParameterizedTest(name = "{0} is 404 saying \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/api/v1/organisations/999 | There is no organisation with the code '999'",
        "/api/v1/organisations/999/indicators | There is no organisation with the code '999'",
        "/api/v1/organisations/999/audit | There is no organisation with the code '999'",
        "/api/v1/organisations/825/indicators/NO-SUCH | There is no indicator 'NO-SUCH' in"
            + " Buckinghamshire",
        "/api/v1/organisations/825/indicators/NO-SUCH/values | There is no indicator 'NO-SUCH'",
        "/api/v1/organisations/825/indicators/NO-SUCH/targets | There is no indicator 'NO-SUCH'",
        "/api/v1/organisations/825/indicators/NO-SUCH/benchmarks | There is no indicator"
            + " 'NO-SUCH'",
        "/api/v1/organisations/825/indicators/NO-SUCH/commentary | There is no indicator"
            + " 'NO-SUCH'",
        "/api/v1/organisations/825/indicators/CSC-REREF-Q/values/2030-31-Q1/history | No value of"
            + " CSC-REREF-Q in Buckinghamshire has been recorded for Q1 2030/31",
        "/api/v1/organisations/825/indicators/CSC-REREF-Q/values/2022-Q9/history | '2022-Q9' is"
            + " not a period code",
        "/api/v1/organisations/825/indicators/CSC-REREF-Q/commentary?period=soon | 'soon' is not a"
            + " period code",
        "/api/v1/organisations/825/scorecard?period=2030-31-Q1 | Buckinghamshire",
        "/api/v1/organisations/825/rounds/2030-31-Q1 | Buckinghamshire has no collection round"
            + " for Q1 2030/31"
      })
  void answersWhatIsNotThereWithAProblemNamingIt(String path, String detail) throws Exception {
    JsonNode problem = problem(path, 404);

    assertThat(problem.get("detail").asString()).contains(detail);
    assertThat(problem.get("status").asInt()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} is 400 saying \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/api/v1/organisations/825/indicators?size=501 | from 1 to 500 items",
        "/api/v1/organisations/825/indicators?size=0 | from 1 to 500 items",
        "/api/v1/organisations/825/indicators?page=0 | Pages are counted from 1",
        "/api/v1/organisations/825/indicators?page=two | page",
        "/api/v1/organisations/825/scorecard | period",
        "/api/v1/organisations/825/audit?day=soon | day: Enter the day as year, month and day",
        "/api/v1/organisations/825/audit?indicator=NO-SUCH | There is no indicator 'NO-SUCH'"
      })
  void answersARequestItCannotReadWithAProblemSayingWhy(String path, String detail)
      throws Exception {
    JsonNode problem = problem(path, 400);

    assertThat(problem.get("detail").asString()).contains(detail);
  }

  @Test
  void documentsTheCouncilOfEveryAddressThatNamesOneAndNothingAHandlerIsGiven() throws Exception {
    JsonNode paths = ok("/v3/api-docs").get("paths");
    List<String> names = new ArrayList<>();
    paths.propertyNames().forEach(names::add);
    List<String> wrong = new ArrayList<>();
    for (String path : names) {
      for (JsonNode operation : paths.get(path)) {
        JsonNode parameters = operation.get("parameters");
        List<String> documented = new ArrayList<>();
        for (JsonNode parameter : parameters == null ? List.<JsonNode>of() : parameters) {
          String name = parameter.get("name").asString();
          if (name.equals("organisation") || name.equals("signedIn")) {
            wrong.add(path + " documents the handler's own parameter " + name);
          }
          if (name.equals("org")
              && parameter.get("in").asString().equals("path")
              && parameter.get("required").asBoolean()
              && !parameter.get("description").asString().isBlank()) {
            documented.add(name);
          }
        }
        if (path.contains("{org}") && documented.size() != 1) {
          wrong.add(path + " documents its {org} " + documented.size() + " times");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void documentsEveryRouteOfTheApi() throws Exception {
    JsonNode document = ok("/v3/api-docs");

    assertThat(document.get("info").get("title").asString()).isEqualTo("Beacon API");
    assertThat(document.get("info").get("description").asString()).contains("problem details");
    List<String> paths = new ArrayList<>();
    document.get("paths").propertyNames().forEach(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/v1/organisations/{org}/imports/{kind}",
            "/api/v1/organisations",
            "/api/v1/organisations/{org}",
            "/api/v1/organisations/{org}/settings",
            "/api/v1/organisations/{org}/schemes",
            "/api/v1/organisations/{org}/schemes/{id}",
            "/api/v1/organisations/{org}/starter-set",
            "/api/v1/organisations/{org}/portfolios",
            "/api/v1/organisations/{org}/priorities",
            "/api/v1/organisations/{org}/themes",
            "/api/v1/organisations/{org}/indicators/{code}/schemes",
            "/api/v1/organisations/{org}/indicators/{code}/schemes/{id}",
            "/api/v1/organisations/{org}/indicators",
            "/api/v1/organisations/{org}/indicators/{code}",
            "/api/v1/organisations/{org}/indicators/{code}/values",
            "/api/v1/organisations/{org}/indicators/{code}/values/{period}/history",
            "/api/v1/organisations/{org}/indicators/{code}/targets",
            "/api/v1/organisations/{org}/indicators/{code}/benchmarks",
            "/api/v1/organisations/{org}/indicators/{code}/commentary",
            "/api/v1/organisations/{org}/indicators/{code}/national-link",
            "/api/v1/organisations/{org}/audit",
            "/api/v1/organisations/{org}/rounds/{period}",
            "/api/v1/national/{measure}",
            "/api/v1/organisations/{org}/scorecard",
            "/api/v1/organisations/{org}/reports/{layout}",
            "/api/v1/clubs",
            "/api/v1/clubs/{club}",
            "/api/v1/clubs/{club}/members",
            "/api/v1/organisations/{org}/clubs",
            "/api/v1/organisations/{org}/indicators/{code}/clubs",
            "/api/v1/organisations/{org}/indicators/{code}/clubs/{club}");
    JsonNode list = document.get("paths").get("/api/v1/organisations/{org}/indicators").get("get");
    assertThat(list.get("summary").asString()).isNotBlank();
    assertThat(strings(list.get("parameters"), "name")).containsExactly("org", "page", "size");
    assertThat(strings(list.get("parameters"), "description")).doesNotContainNull();
    assertThat(list.get("responses").get("404").get("content").has("application/problem+json"))
        .isTrue();
  }

  private JsonNode ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  private JsonNode problem(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("at beacon.").doesNotContain("Exception");
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .header("Authorization", accounts.administrator().bearer())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> strings(JsonNode list, String... path) {
    List<String> found = new ArrayList<>();
    for (JsonNode item : list) {
      JsonNode node = item;
      for (String name : path) {
        node = node == null ? null : node.get(name);
      }
      found.add(node == null || node.isNull() ? null : node.asString());
    }
    return found;
  }
}
