package beacon.value;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.web.SignedInSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people send the same value's form at the same moment, both opened on the same version: one is
 * saved, the other is refused as stale and shown what was saved; nothing either saved is lost and
 * neither sees an error page. Each round starts both requests together, many times over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSavesIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final int ROUNDS = 12;

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired IndicatorValues values;

  @Test
  void correctingTheSameValueAtOnceSavesOneAndRefusesTheOther() {
    TestCouncil council = councils.aCouncil();
    List<SignedInSession> people = twoOfficersOf(council);
    for (int round = 0; round < ROUNDS; round++) {
      String code = "C" + round;
      council.withQuarterlyIndicator(code, "80").withValue(code, Q1, "75");
      long opened = values.current(council.indicatorId(code), Q1.code()).orElseThrow().id();

      List<HttpResponse<String>> answers =
          atOnce(people, council, code, String.valueOf(opened), "84", "90");

      assertOneSavedAndOneRefused(answers);
      List<IndicatorValue> history = values.history(council.indicatorId(code), Q1.code());
      assertThat(history).hasSize(2);
      assertThat(history.get(1).figure().number()).isEqualByComparingTo("75");
    }
  }

  @Test
  void recordingAFirstValueAtOnceSavesOneAndRefusesTheOther() {
    TestCouncil council = councils.aCouncil();
    List<SignedInSession> people = twoOfficersOf(council);
    for (int round = 0; round < ROUNDS; round++) {
      String code = "N" + round;
      council.withQuarterlyIndicator(code, "80");

      List<HttpResponse<String>> answers = atOnce(people, council, code, "", "84", "90");

      assertOneSavedAndOneRefused(answers);
      assertThat(values.history(council.indicatorId(code), Q1.code())).hasSize(1);
    }
  }

  private List<SignedInSession> twoOfficersOf(TestCouncil council) {
    return List.of(
        SignedInSession.signIn(
            port,
            accounts.make(beacon.account.Role.PERFORMANCE_OFFICER, council.code()).username(),
            TestAccounts.PASSWORD),
        SignedInSession.signIn(
            port, accounts.administratorOf(council.code()).username(), TestAccounts.PASSWORD));
  }

  /** Both people send the value form, opened on {@code version}, at the same moment. */
  private List<HttpResponse<String>> atOnce(
      List<SignedInSession> people,
      TestCouncil council,
      String code,
      String version,
      String... figures) {
    String path = "/organisations/" + council.code() + "/indicators/" + code + "/value";
    CyclicBarrier together = new CyclicBarrier(people.size());
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      SignedInSession person = people.get(i);
      String figure = figures[i];
      String csrf = person.csrf();
      sent.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(together);
                return person.postFormWith(
                    csrf,
                    path,
                    "period",
                    Q1.code(),
                    "value",
                    figure,
                    "version",
                    version,
                    "openedPeriod",
                    Q1.code(),
                    "reason",
                    "Checked against the case system");
              }));
    }
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private static void assertOneSavedAndOneRefused(List<HttpResponse<String>> answers) {
    assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status < 500);
    long saved = answers.stream().filter(a -> a.statusCode() == 302).count();
    assertThat(saved).as("saved").isEqualTo(1);
    HttpResponse<String> refused =
        answers.stream().filter(a -> a.statusCode() != 302).findFirst().orElseThrow();
    assertThat(refused.body()).contains("Someone else saved a value for Q1 2024/25");
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
