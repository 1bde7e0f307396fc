package beacon.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The start page lists the organisations; pages that do not exist say so in the same style. */
class StartAndErrorPagesIT extends BrowserTest {

  @Test
  void theStartPageListsTheDemonstrationCouncils() {
    visit("/");

    assertThat(page.locator("h1")).hasText("Choose an organisation");
    assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buckinghamshire")))
        .isVisible();
    assertAccessible();
  }

  @Test
  void anUnknownPageIsAGovukPageNotFound() {
    Response response = page.navigate(url("/no/such/page"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.content()).doesNotContain("Exception").doesNotContain("at beacon.");
    assertAccessible();
  }

  @Test
  void theErrorPageAskedForDirectlyIsPageNotFound() throws Exception {
    Response response = page.navigate(url("/error"));
    HttpResponse<String> api =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/error")))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    assertAccessible();
    assertThat(api.statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownOrganisationIsPageNotFoundSayingWhich() {
    Response response = page.navigate(url("/organisations/999"));

    assertThat(response.status()).isEqualTo(404);
    assertAccessible();
  }

  @Test
  void anUnexpectedFaultIsAGovukErrorPageWithNothingOfTheFault() {
    Response response = page.navigate(url("/tests/failing-page"));

    assertThat(response.status()).isEqualTo(500);
    assertThat(page.locator("h1")).hasText("Sorry, there is a problem with the service");
    assertThat(page.content())
        .doesNotContain("IllegalStateException")
        .doesNotContain("password")
        .doesNotContain("at beacon.");
    assertAccessible();
  }
}
