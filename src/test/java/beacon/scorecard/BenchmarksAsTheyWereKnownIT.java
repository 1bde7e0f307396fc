package beacon.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scorecard shows the benchmarks known by its reporting period's end, as papers printed them: for
 * the fourth quarter of 2022/23 the England figure of 2021/22, because the children in need
 * census's figures for 2022/23 came out in the autumn of 2023.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarksAsTheyWereKnownIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FinancialQuarter Q4_2022_23 = new FinancialQuarter(2022, 4);
  private static final FinancialQuarter Q2_2023_24 = new FinancialQuarter(2023, 2);
  private static final FinancialQuarter Q3_2023_24 = new FinancialQuarter(2023, 3);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;

  @Test
  void aLinkedIndicatorShowsTheNewestFiguresPublishedByTheEndOfTheQuarter() throws Exception {
    TestCouncil reading =
        councils
            .anAuthority("870")
            .withQuarterlyIndicator("ICPC", "80")
            .withValue("ICPC", Q4_2022_23, "75")
            .withValue("ICPC", Q2_2023_24, "76")
            .withValue("ICPC", Q3_2023_24, "77");
    HttpResponse<String> linked =
        send(
            reading,
            "PUT",
            "/indicators/ICPC/national-link",
            "{\"measure\":\"CP_conf_15days\",\"by\":\"A Officer\"}");
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);

    assertThat(englandPeriod(reading, Q4_2022_23)).isEqualTo("2021-22");
    assertThat(englandPeriod(reading, Q2_2023_24)).isEqualTo("2021-22");
    assertThat(englandPeriod(reading, Q3_2023_24)).isEqualTo("2022-23");
    JsonNode england2022 =
        JSON.readTree(send(reading, "GET", "/indicators/ICPC/benchmarks", null).body())
            .valueStream()
            .filter(
                b ->
                    b.get("comparator").asString().equals("ENGLAND")
                        && b.at("/period/code").asString().equals("2022-23"))
            .findFirst()
            .orElseThrow();
    assertThat(england2022.get("publishedOn").asString()).isEqualTo("2023-10-31");
    assertThat(england2022.get("source").asString()).isEqualTo("CIN Census 2022/23");
  }

  private String englandPeriod(TestCouncil council, FinancialQuarter quarter) throws Exception {
    HttpResponse<String> answer = send(council, "GET", "/scorecard?period=" + quarter.code(), null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body())
        .get("indicators")
        .get(0)
        .get("benchmarks")
        .valueStream()
        .filter(b -> b.get("comparator").asString().equals("ENGLAND"))
        .findFirst()
        .orElseThrow()
        .at("/period/code")
        .asString();
  }

  private HttpResponse<String> send(TestCouncil council, String method, String path, String body)
      throws Exception {
    return TestApi.send(
        port,
        accounts.administratorOf(council.code()),
        method,
        "/api/v1/organisations/" + council.code() + path,
        body);
  }
}
