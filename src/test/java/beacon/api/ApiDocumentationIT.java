package beacon.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.web.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API's documentation opens in a browser from Beacon itself, with nothing from the internet.
 */
class ApiDocumentationIT extends BrowserTest {

  @Test
  void theApiDocumentationOpensFromBeaconItselfAndListsTheRoutes() {
    List<String> elsewhere = new ArrayList<>();
    page.onRequest(
        request -> {
          if (!request.url().startsWith(url("/")) && !request.url().startsWith("data:")) {
            elsewhere.add(request.url());
          }
        });

    visit("/swagger-ui.html");

    assertThat(page.locator(".information-container .title")).containsText("Beacon API");
    assertThat(page.getByText("/api/v1/organisations/{org}/indicators/{code}/values").first())
        .isVisible();
    org.assertj.core.api.Assertions.assertThat(elsewhere).isEmpty();
  }
}
