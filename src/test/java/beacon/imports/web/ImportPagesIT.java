package beacon.imports.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.benchmark.Benchmarks;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A file of figures imported from the import page as an officer does it: checked by a dry run that
 * shows what it would change, or every problem, then imported on confirmation without being chosen
 * again.
 */
class ImportPagesIT extends BrowserTest {

  static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;
  @Autowired Benchmarks benchmarks;
  @Autowired beacon.indicator.Indicators indicators;
  @TempDir Path files;

  @Test
  void checksAFileShowsItsChangesAndImportsItOnConfirmation() {
    TestCouncil council = aCouncilWithV1At75();
    visit(importPage(council));
    assertThat(page.locator("h1")).containsText("Import figures");
    assertThat(page.locator(".govuk-service-navigation__item--active")).hasText("Import figures");
    assertThat(page.locator("#kind")).isChecked();
    assertAccessible();

    checkFile(page, example(), "Sam Officer");

    assertThat(page.locator("h1")).containsText("Check the changes before you import them");
    assertThat(page.locator(".govuk-summary-list")).containsText("Rows in the file");
    assertThat(summaryValue("Rows to add")).hasText("2");
    assertThat(summaryValue("Rows to change")).hasText("1");
    assertThat(summaryValue("Rows that stay the same")).hasText("0");
    assertThat(page.locator("#changes tbody tr")).hasCount(1);
    assertThat(page.locator("#changes tbody tr").first())
        .containsText(Pattern.compile("V1\\s*Q1 2024/25\\s*75%\\s*82%"));
    assertAccessible();
    assertThat(values.seriesFor(council.indicatorId("V1"))).hasSize(1);

    confirm(page);

    assertThat(page.locator(".govuk-panel__title")).hasText("Figures imported");
    assertThat(page.locator(".govuk-panel__body")).hasText("3 rows imported, 1 changed");
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the dashboard")))
        .hasAttribute("href", "/organisations/" + council.code());
    assertAccessible();
    List<IndicatorValue> series = values.seriesFor(council.indicatorId("V1"));
    assertThat(series).hasSize(3);
    assertThat(series.get(0).figure().number()).isEqualByComparingTo("82");
    assertThat(series.get(0).recordedBy()).isEqualTo(accounts.administrator().account().name());
    assertThat(series.get(1).provisional()).isTrue();
    assertThat(values.history(council.indicatorId("V1"), Q1.code())).hasSize(2);
  }

  @Test
  void anAdministratorImportsIndicatorsAddingThePortfolioPriorityAndThemeTheyName()
      throws Exception {
    TestCouncil council = councils.aCouncil();
    visit(importPage(council));
    page.getByLabel("Indicators", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel(
            "Add the portfolios, priorities, themes and schemes the file names that the catalogue"
                + " does not have")
        .check();
    assertAccessible();

    checkFile(
        page,
        file(
            "indicators.csv",
            "code,title,polarity,unit,frequency,portfolio,priority,theme\n"
                + "EHCP-20,EHCPs issued within 20 weeks,high,percent,quarterly,SEND,Inclusion,"
                + "Plans\n"),
        "Sam Officer");

    assertThat(summaryValue("Rows to add")).hasText("1");
    assertThat(summaryValue("For indicators only"))
        .hasText(
            "Portfolios, priorities, themes and schemes the file names that the catalogue does not"
                + " have are added");
    assertAccessible();
    confirm(page);

    assertThat(page.locator(".govuk-panel__body")).hasText("1 row imported, 0 changed");
    assertThat(indicators.allOf(council.id()))
        .singleElement()
        .satisfies(
            indicator -> {
              assertThat(indicator.portfolio()).isEqualTo("SEND");
              assertThat(indicator.theme()).isEqualTo("Plans");
            });
  }

  @Test
  void aFileOfDfeStatisticsIsCheckedAsAnIndicatorsBenchmarksThenImported() throws Exception {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");
    visit(importPage(council));

    page.getByLabel("DfE statistics").check();
    page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true)).selectOption("REREF");
    page.getByLabel("Measure").fill("rereferral_child_percent");
    page.getByLabel("Source (optional)").fill("CIN Census");
    assertAccessible();
    checkFile(
        page,
        Path.of(
            getClass()
                .getResource(
                    "/imports/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv")
                .toURI()),
        "Sam Officer");

    assertThat(page.locator("h1")).containsText("Check the changes before you import them");
    assertThat(summaryValue("Rows to add")).hasText("26");
    assertThat(summaryValue("Rows set aside"))
        .hasText("2,106 (other places, rows the filters leave out, figures not published)");
    assertAccessible();

    confirm(page);

    assertThat(page.locator(".govuk-panel__body")).hasText("26 rows imported, 0 changed");
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .hasSize(26)
        .anySatisfy(
            b -> {
              assertThat(b.comparatorName()).isEqualTo("South East");
              assertThat(b.source()).isEqualTo("CIN Census 2021/22");
              assertThat(b.value()).isEqualByComparingTo("23.9");
            });
  }

  @Test
  void aFileOfDfeStatisticsNeedsItsIndicator() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    visit(importPage(council));

    page.getByLabel("DfE statistics").check();
    checkFile(page, example(), "Sam Officer");

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose the indicator the figures are for");
    assertThat(page.getByLabel("DfE statistics")).isChecked();
    assertAccessible();
  }

  @Test
  void aFileWithProblemsShowsEveryProblemAndWritesNothing() throws IOException {
    TestCouncil council = aCouncilWithV1At75();
    Path file =
        file(
            "values.csv",
            "indicator_code,period,value\nV1,Q1 2024/25,82\nV2,Q2 2024/25,85\nV1,Q3 2024/25,x\n");
    visit(importPage(council));

    checkFile(page, file, "Sam Officer");

    assertThat(page).hasTitle(Pattern.compile("^Error: The file cannot be imported"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("There are 2 problems in values.csv: nothing was imported");
    assertThat(page.locator(".govuk-error-summary a[href='#problems']")).isVisible();
    assertThat(page.locator("#problems tbody tr")).hasCount(2);
    assertThat(page.locator("#problems tbody tr").nth(0))
        .containsText(Pattern.compile("3\\s*indicator_code\\s*there is no indicator 'V2' here"));
    assertThat(page.locator("#problems tbody tr").nth(1))
        .containsText(Pattern.compile("4\\s*value\\s*'x' is not a number"));
    assertThat(page.locator("button", new Page.LocatorOptions().setHasText("Import these figures")))
        .hasCount(0);
    assertAccessible();
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  @Test
  void aFileBeaconCannotReadIsAProblemOfTheWholeFile() throws IOException {
    TestCouncil council = aCouncilWithV1At75();
    visit(importPage(council));

    checkFile(page, file("values.pdf", "%PDF-1.7"), "Sam Officer");

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("There is 1 problem in values.pdf: nothing was imported");
    assertThat(page.locator("#problems tbody tr"))
        .containsText(Pattern.compile("Whole file\\s*the file is not one Beacon can read"));
    assertAccessible();
  }

  @Test
  void namesAMissingFile() {
    TestCouncil council = aCouncilWithV1At75();
    visit(importPage(council));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Import figures"));
    assertThat(page.locator(".govuk-error-summary a[href='#file']")).hasText("Choose a file");
    assertThat(page.locator("#file-error")).containsText("Choose a file");
    assertThat(page.locator("#file")).hasClass(Pattern.compile("govuk-file-upload--error"));
    assertAccessible();
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedOnTheForm() throws IOException {
    TestCouncil council = aCouncilWithV1At75();
    Path large = files.resolve("large.csv");
    try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024 + 1);
    }
    visit(importPage(council));

    checkFile(page, large, "Sam Officer");

    assertThat(page.locator(".govuk-error-summary a[href='#file']"))
        .hasText("The file is larger than 50 MB");
    assertThat(values.seriesFor(council.indicatorId("V1"))).hasSize(1);
  }

  @Test
  void aFileOverTheUploadLimitIsRefusedOnTheForm() throws IOException {
    TestCouncil council = aCouncilWithV1At75();
    Path huge = files.resolve("huge.csv");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(62L * 1024 * 1024);
    }
    visit(importPage(council));

    checkFile(page, huge, "Sam Officer");

    assertThat(page.locator(".govuk-error-summary a[href='#file']"))
        .hasText("The file is larger than 50 MB");
    assertAccessible();
  }

  @Test
  void whatTheImportFindsOnConfirmationIsWhatIsShown() {
    TestCouncil council = aCouncilWithV1At75();
    visit(importPage(council));
    page.locator("#reason").fill("The return was corrected");
    checkFile(page, example(), "Sam Officer");
    assertThat(summaryValue("Reason for corrections")).hasText("The return was corrected");
    assertThat(summaryValue("Rows to change")).hasText("1");

    council.withValue("V1", new FinancialQuarter(2024, 3), "60");
    confirm(page);

    assertThat(page.locator(".govuk-panel__body")).hasText("3 rows imported, 2 changed");
    assertThat(values.current(council.indicatorId("V1"), Q1.code()).orElseThrow().reason())
        .isEqualTo("The return was corrected");
  }

  @Test
  void aCheckedFileIsImportedOnlyOnce() {
    TestCouncil council = aCouncilWithV1At75();
    visit(importPage(council));
    checkFile(page, example(), "Sam Officer");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these figures"))
        .waitFor();
    String checked = page.content();
    confirm(page);
    assertThat(page.locator(".govuk-panel__title")).hasText("Figures imported");

    page.setContent(checked.replace("action=\"/", "action=\"" + url("/")));
    confirm(page);

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose the file again: the file you checked is no longer kept");
    assertThat(values.seriesFor(council.indicatorId("V1"))).hasSize(3);
  }

  TestCouncil aCouncilWithV1At75() {
    return councils.aCouncil().withQuarterlyIndicator("V1", "80").withValue("V1", Q1, "75");
  }

  static String importPage(TestCouncil council) {
    return "/organisations/" + council.code() + "/imports";
  }

  static Path example() {
    try {
      return Path.of(ImportPagesIT.class.getResource("/imports/values-example.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void checkFile(Page page, Path file, String name) {
    page.setInputFiles("#file", file);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
  }

  static void confirm(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these figures"))
        .click();
  }

  private com.microsoft.playwright.Locator summaryValue(String key) {
    return page.locator(
        ".govuk-summary-list__row:has(dt:text-is('" + key + "')) .govuk-summary-list__value");
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
  }
}
