package beacon.imports.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.value.IndicatorValues;
import beacon.web.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import page works with JavaScript off: plain HTML forms posting to the server. */
class ImportPagesWithoutJavaScriptIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Test
  void importsAFileWithoutJavaScript() {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", ImportPagesIT.Q1, "75");
    visit(ImportPagesIT.importPage(council));

    ImportPagesIT.checkFile(page, ImportPagesIT.example(), "Sam Officer");

    assertThat(page.locator("#changes tbody tr").first())
        .containsText(Pattern.compile("V1\\s*Q1 2024/25\\s*75%\\s*82%"));
    // axe-core cannot run in a page with scripts off; ImportPagesIT checks these pages with them on

    ImportPagesIT.confirm(page);

    assertThat(page.locator(".govuk-panel__body")).hasText("3 rows imported, 1 changed");
    assertThat(values.seriesFor(council.indicatorId("V1"))).hasSize(3);
  }
}
