package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.account.PasswordLength;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class FirstAdministratorPasswordExceptionTest {

  @Test
  void beaconThatDoesNotStartForItsFirstAdministratorsPasswordSaysWhichSettingAndWhatToDo() {
    // the analyzers Beacon's own spring.factories names, skipping Spring Boot's that need a context
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
            .load(
                FailureAnalyzer.class,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
    Throwable failed =
        new IllegalStateException(
            "Failed to execute ApplicationRunner",
            new FirstAdministratorPasswordException(PasswordLength.Problem.TOO_LONG));

    FailureAnalysis analysis =
        analyzers.stream()
            .map(analyzer -> analyzer.analyze(failed))
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow();

    assertThat(analysis.getDescription())
        .contains("beacon.first-administrator.password")
        .contains("72 characters or fewer")
        .contains("No account has been made");
    assertThat(analysis.getAction()).contains("BEACON_FIRST_ADMINISTRATOR_PASSWORD");
  }
}
