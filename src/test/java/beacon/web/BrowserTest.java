package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages tested as a person uses them: Beacon runs on its embedded PostgreSQL and a real Chromium
 * (Debian's, at /usr/bin/chromium) opens its pages. Where no Chromium is installed the tests are
 * skipped, saying so; CI installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends EmbeddedDatabaseForTests {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("BEACON_CHROMIUM", "/usr/bin/chromium"));

  /** The WCAG 2.2 AA rules of axe-core and the WCAG 2.0 and 2.1 rules they include. */
  private static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** One Chromium serves every browser test class; it ends with the test run's JVM. */
  private static Playwright playwright;

  private static Browser browser;

  /** The session cookies of the accounts signed in so far, by username. */
  private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

  @LocalServerPort protected int port;

  @Autowired protected TestAccounts accounts;

  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void startChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Browser tests skipped: no Chromium at "
            + CHROMIUM
            + " (install it with: apt-get install chromium)");
    if (browser == null) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-dev-shm-usage",
                              "--disable-background-networking",
                              "--disable-extensions")));
    }
  }

  @BeforeEach
  void openAPage() {
    context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript()));
    TestAccounts.TestAccount account = signedInAs();
    if (account != null) {
      signIn(account);
    }
    page = context.newPage();
    page.setDefaultTimeout(10_000);
  }

  /**
   * The account the browser is signed in as when each test starts: an administrator of every
   * organisation, unless a test class says otherwise; null for the public.
   */
  protected TestAccounts.TestAccount signedInAs() {
    return accounts.administrator();
  }

  /** Signs the browser in as the account, through the sign-in page, once per account and run. */
  protected void signIn(TestAccounts.TestAccount account) {
    context.clearCookies();
    String session =
        SESSIONS.computeIfAbsent(
            account.username(),
            username -> SignedInSession.signIn(port, username, TestAccounts.PASSWORD).cookie());
    context.addCookies(List.of(new Cookie("SESSION", session).setDomain("localhost").setPath("/")));
  }

  @AfterEach
  void closeThePage() {
    context.close();
  }

  /** Whether pages run their scripts; a test class proving the pages work without them says no. */
  protected boolean javaScript() {
    return true;
  }

  protected Page visit(String path) {
    page.navigate(url(path));
    return page;
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** axe-core finds no violation of the WCAG 2.2 AA rules on the page as it is now. */
  protected void assertAccessible() {
    if (!javaScript()) {
      throw new IllegalStateException(
          "axe-core runs as a script: check this page's accessibility in a test with JavaScript on");
    }
    AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
    assertThat(results.getViolations())
        .as("axe-core violations on %s:%n%s", page.url(), describe(results.getViolations()))
        .isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
