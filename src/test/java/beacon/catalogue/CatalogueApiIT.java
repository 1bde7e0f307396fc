package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.TestCouncils;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's administrator builds its catalogue's portfolios, priorities and themes by the API, as
 * the forms do: each checked by the form's own rules, refused naming the field and writing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueApiIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;

  @Test
  void portfoliosPrioritiesAndThemesAreAddedAsTheFormsAddThem() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    TestAccount admin = accounts.administratorOf(council.code());
    String org = "/api/v1/organisations/" + council.code();

    HttpResponse<String> portfolio =
        send(
            admin,
            "POST",
            org + "/portfolios",
            "{\"name\": \"Education\", \"cabinetMember\": \"Cllr Learner\"}");
    HttpResponse<String> priority =
        send(admin, "POST", org + "/priorities", "{\"name\": \"Good schools\"}");
    HttpResponse<String> theme =
        send(
            admin,
            "POST",
            org + "/themes",
            "{\"priority\": \"Good schools\", \"name\": \"Attendance\", \"position\": 2}");

    assertThat(portfolio.statusCode()).as(portfolio.body()).isEqualTo(201);
    assertThat(JSON.readTree(portfolio.body()).get("cabinetMember").asString())
        .isEqualTo("Cllr Learner");
    assertThat(priority.statusCode()).as(priority.body()).isEqualTo(201);
    assertThat(theme.statusCode()).as(theme.body()).isEqualTo(201);
    JsonNode themes = JSON.readTree(send(admin, "GET", org + "/themes", null).body());
    assertThat(themes.findValuesAsString("name")).contains("Attendance");
    assertThat(theme.headers().firstValue("Location"))
        .contains(org + "/themes/" + JSON.readTree(theme.body()).get("id").asLong());
  }

  @Test
  void aNameTakenOrAPriorityUnknownIsRefusedNamingTheField() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    TestAccount admin = accounts.administratorOf(council.code());
    String org = "/api/v1/organisations/" + council.code();

    HttpResponse<String> taken =
        send(admin, "POST", org + "/portfolios", "{\"name\": \"Children's Social Care\"}");
    HttpResponse<String> unknown =
        send(admin, "POST", org + "/themes", "{\"priority\": \"Wealth\", \"name\": \"Jobs\"}");
    HttpResponse<String> empty = send(admin, "POST", org + "/priorities", "{}");

    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(taken.body()).get("detail").asString()).startsWith("name: ");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(unknown.body()).get("detail").asString()).startsWith("priority: ");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(send(admin, "GET", org + "/themes", null).body()).size())
        .as("only the council's own theme")
        .isEqualTo(1);
    assertThat(
            send(
                    accounts.officerOf(council.code()),
                    "POST",
                    org + "/priorities",
                    "{\"name\": \"X\"}")
                .statusCode())
        .isEqualTo(403);
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
