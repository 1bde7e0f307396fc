package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.national.NationalData;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Showing the same pages again and again costs only the showing: no page makes Beacon generate and
 * load new code each time it is shown. Expressions compiled to bytecode for the types of one
 * indicator (a percentage, a rate per 10,000, a figure with a top quartile or without) fail on the
 * next and are compiled again, a hundred times each, so pages slowed as the catalogue grew more
 * varied, and the memory for classes grew with every compile. (A few classes still come: Java makes
 * one for each method called often by reflection.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesShownAgainLoadNoNewCodeIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DEVON = "878";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired NationalData national;

  @Test
  void theDashboardListAndIndicatorPagesOfAVariedCatalogueLoadNoClassesWhenShownAgain()
      throws Exception {
    TestAccount admin = aCouncilStartedFromTheStarterSet();
    List<String> pages = new ArrayList<>();
    pages.add("/organisations/" + DEVON + "?period=2024-25-Q4");
    pages.add("/organisations/" + DEVON + "/indicators?period=2024-25-Q4");
    JsonNode indicators =
        JSON.readTree(get(admin, "/api/v1/organisations/" + DEVON + "/indicators?size=100").body());
    for (JsonNode indicator : indicators.get("items")) {
      pages.add(
          "/organisations/"
              + DEVON
              + "/indicators/"
              + indicator.get("code").asString()
              + "?period=2024-25-Q4");
    }
    assertThat(pages).as("pages shown").hasSizeGreaterThan(12);
    showEach(admin, pages, 10);
    long before = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

    showEach(admin, pages, 25);

    long loaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - before;
    assertThat(loaded)
        .as("classes loaded while showing %d pages %d times more", pages.size(), 25)
        .isLessThan(100);
  }

  private TestAccount aCouncilStartedFromTheStarterSet() throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    while (national.lastLoad().isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(200);
    }
    TestApi.send(
        port, accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"878\"}");
    TestAccount admin = accounts.administratorOf(DEVON);
    HttpResponse<String> started =
        TestApi.send(
            port,
            admin,
            "POST",
            "/api/v1/organisations/" + DEVON + "/starter-set",
            "{\"all\": true}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return admin;
  }

  private void showEach(TestAccount as, List<String> pages, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      for (String page : pages) {
        HttpResponse<String> shown = get(as, page);
        assertThat(shown.statusCode()).as(page).isEqualTo(200);
      }
    }
  }

  private HttpResponse<String> get(TestAccount as, String path) throws Exception {
    return TestApi.send(port, as, "GET", path, null);
  }
}
