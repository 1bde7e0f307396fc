package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.web.BrowserTest;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paper opened in the browser is a document everyone can read, as the pages are, with its content
 * in one main landmark.
 */
class PaperDocumentsAccessibleIT extends BrowserTest {

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2018-19-Q2",
    "scorecard, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void eachLayoutAsAWebPagePassesTheAccessibilityRules(
      String layout, String organisation, String period) {
    Response response =
        page.navigate(
            url(
                "/api/v1/organisations/"
                    + organisation
                    + "/reports/"
                    + layout
                    + "?period="
                    + period
                    + "&format=html&committee=Scrutiny&meeting=2017-09-12"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(page.title()).isNotBlank();
    assertAccessible();
    AxeResults landmarks =
        new AxeBuilder(page).withRules(List.of("landmark-one-main", "region")).analyze();
    assertThat(landmarks.getViolations())
        .as("the paper is one main landmark holding all its content")
        .isEmpty();
  }
}
