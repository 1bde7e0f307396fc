package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed sign-ins lock an account out from where they came: the count and the check are one
 * statement, so that guesses sent all at once are counted as surely as guesses sent one by one, and
 * no more than five passwords are ever compared. Sign-in answers alike, and as slowly, for an
 * unknown username, a locked or stopped account and a wrong password, so that none can be told from
 * the others; a flood of guesses from one place does not keep the account's owner out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLockOutIT extends EmbeddedDatabaseForTests {

  private static final int AT_ONCE = 40;
  private static final String ELSEWHERE = "203.0.113.7";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired PasswordComparisons comparisons;
  @Autowired JdbcClient db;
  @Autowired PasswordEncoder passwords;
  @Autowired Accounts stored;
  @Autowired FailedSignIns failures;

  @Test
  void fortyWrongPasswordsSentAtOnceCompareAtMostFive() throws Exception {
    TestAccount reader = accounts.make(Role.READER, null);
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      attempts.add(new Attempt(null));
    }

    List<HttpResponse<String>> answers =
        atOnce(attempts, reader.username(), i -> "a wrong password number " + i);

    assertThat(answers).allSatisfy(answer -> assertRefused(answer));
    assertThat(comparisons.of(reader.username())).isLessThanOrEqualTo(5);
    assertThat(failuresCounted(reader)).isEqualTo(5);
    assertRefused(new Attempt(null).signIn(reader.username(), TestAccounts.PASSWORD));
    assertThat(comparisons.of(reader.username())).isLessThanOrEqualTo(5);
    assertThat(
            db.sql("select count(*) from spring_session where principal_name = :id::text")
                .param("id", reader.account().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The failures counted for the account's username, from every place. */
  private int failuresCounted(TestAccount account) {
    return db.sql(
            "select coalesce(sum(failures), 0) from failed_sign_in where username = lower(:username)")
        .param("username", account.username())
        .query(Integer.class)
        .single();
  }

  @Test
  void aFloodOfGuessesFromOnePlaceDoesNotKeepTheAccountsOwnerOut() throws Exception {
    TestAccount administrator = accounts.make(Role.ADMINISTRATOR, null);
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      attempts.add(new Attempt(null));
    }
    atOnce(attempts, administrator.username(), i -> "guess " + i);
    assertRefused(new Attempt(null).signIn(administrator.username(), TestAccounts.PASSWORD));

    HttpResponse<String> owner =
        new Attempt(ELSEWHERE).signIn(administrator.username(), TestAccounts.PASSWORD);

    assertThat(owner.statusCode()).isEqualTo(302);
    assertThat(owner.headers().firstValue("Location").orElse("")).doesNotContain("/sign-in");
  }

  @Test
  void answersAnUnknownUsernameALockedAccountAStoppedOneAndAWrongPasswordAlike() {
    TestAccount wrong = accounts.make(Role.READER, null);
    TestAccount locked = lockedAccount();
    TestAccount stopped = stoppedAccount();

    List<String> answers =
        List.of(
            whereSentBack(new Attempt(null).signIn(wrong.username(), "not the password")),
            whereSentBack(new Attempt(null).signIn(unknownUsername(), TestAccounts.PASSWORD)),
            whereSentBack(new Attempt(null).signIn(locked.username(), TestAccounts.PASSWORD)),
            whereSentBack(new Attempt(null).signIn(stopped.username(), TestAccounts.PASSWORD)));

    assertThat(answers).allSatisfy(where -> assertThat(where).endsWith("/sign-in?error=wrong"));
    assertThat(answers).containsOnly(answers.get(0));
  }

  @Test
  void anUnknownUsernameALockedAccountAndAStoppedOneCostAComparisonAsAWrongPasswordDoes() {
    TestAccount wrong = accounts.make(Role.READER, null);
    TestAccount locked = lockedAccount();
    TestAccount stopped = stoppedAccount();
    CountedPasswords counted = new CountedPasswords(passwords);
    PasswordSignIns signIn = new PasswordSignIns(stored, failures, counted);

    assertThat(comparedOnce(signIn, counted, wrong.username(), "not the password")).isEqualTo(1);
    assertThat(comparedOnce(signIn, counted, unknownUsername(), TestAccounts.PASSWORD))
        .isEqualTo(1);
    assertThat(comparedOnce(signIn, counted, locked.username(), TestAccounts.PASSWORD))
        .isEqualTo(1);
    assertThat(comparedOnce(signIn, counted, stopped.username(), TestAccounts.PASSWORD))
        .isEqualTo(1);
  }

  @Test
  void aRightPasswordStartsTheCountAgain() {
    TestAccount reader = accounts.make(Role.READER, null);
    for (int i = 0; i < 4; i++) {
      assertRefused(new Attempt(null).signIn(reader.username(), "wrong " + i));
    }
    assertSignedIn(new Attempt(null).signIn(reader.username(), TestAccounts.PASSWORD));
    for (int i = 0; i < 4; i++) {
      assertRefused(new Attempt(null).signIn(reader.username(), "wrong again " + i));
    }
    assertSignedIn(new Attempt(null).signIn(reader.username(), TestAccounts.PASSWORD));
  }

  private TestAccount lockedAccount() {
    TestAccount locked = accounts.make(Role.READER, null);
    for (int i = 0; i < 5; i++) {
      assertRefused(new Attempt(null).signIn(locked.username(), "not the password " + i));
    }
    return locked;
  }

  private TestAccount stoppedAccount() {
    TestAccount stopped = accounts.make(Role.READER, null);
    db.sql("update account set disabled_at = now() where id = :id")
        .param("id", stopped.account().id())
        .update();
    return stopped;
  }

  private static String unknownUsername() {
    return "nobody-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Signs in as a browser on this machine would, refused; how many bcrypt comparisons it cost. */
  private static int comparedOnce(
      AuthenticationProvider signIn, CountedPasswords counted, String username, String password) {
    UsernamePasswordAuthenticationToken typed =
        UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    typed.setDetails(new WebAuthenticationDetails("127.0.0.1", null));
    int before = counted.comparisons.get();
    assertThatThrownBy(() -> signIn.authenticate(typed))
        .isInstanceOf(AuthenticationException.class);
    return counted.comparisons.get() - before;
  }

  /** Beacon's own password hashing, counting the comparisons it makes. */
  private static final class CountedPasswords implements PasswordEncoder {

    private final PasswordEncoder passwords;
    private final AtomicInteger comparisons = new AtomicInteger();

    CountedPasswords(PasswordEncoder passwords) {
      this.passwords = passwords;
    }

    @Override
    public String encode(CharSequence password) {
      return passwords.encode(password);
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
      comparisons.incrementAndGet();
      return passwords.matches(password, hash);
    }
  }

  /** Sends every attempt's sign-in at the same moment, each with its own password. */
  private static List<HttpResponse<String>> atOnce(
      List<Attempt> attempts, String username, IntFunction<String> password) throws Exception {
    CyclicBarrier together = new CyclicBarrier(attempts.size());
    ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      String typed = password.apply(i);
      sent.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  together.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return attempt.signIn(username, typed);
              },
              threads));
    }
    try {
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      threads.shutdown();
    }
  }

  private static String whereSentBack(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(302);
    return answer.headers().firstValue("Location").orElseThrow();
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).contains("/sign-in?error");
  }

  private static void assertSignedIn(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("/sign-in");
  }

  /**
   * One person at the sign-in page: the page opened (its session and CSRF token) before the form is
   * sent, from this machine or, through a proxy Beacon trusts, from the address {@code from}.
   */
  private final class Attempt {

    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String from;
    private final String csrf;

    Attempt(String from) {
      this.from = from;
      Matcher token = CSRF.matcher(send(request("/sign-in").GET().build()).body());
      assertThat(token.find()).as("the sign-in page's CSRF token").isTrue();
      this.csrf = token.group(1);
    }

    HttpResponse<String> signIn(String username, String password) {
      String body =
          "_csrf="
              + encode(csrf)
              + "&username="
              + encode(username)
              + "&password="
              + encode(password);
      return send(
          request("/sign-in")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", "text/html");
      return from == null ? request : request.header("X-Forwarded-For", from);
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
