package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/startup.sh} runs once of each kind from the packaged jar: the first start, a restart
 * after a clean stop and one after {@code kill -9}, each printed against the goal beside the floor
 * measured in the same run; and it refuses to report when Beacon does not answer in time.
 */
class StartupScriptIT {

  @Test
  void printsEachRestartAgainstTheGoalBesideTheFloor() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("startup").with("RUNS", "1").within(Duration.ofMinutes(5)).run();

    assertThat(printed)
        .containsPattern("Floor: java -jar beacon.jar help .*: [0-9.]+ s")
        .containsPattern(
            "First start on an empty data directory: sign-in page in [0-9.]+ s; demo and national"
                + " data loaded in [0-9.]+ s")
        .containsPattern(
            "Restart after a clean stop 1: [0-9.]+ s \\([0-9.]+x the floor\\): (MET|MISSED)"
                + " \\(goal 6 s\\)")
        .containsPattern(
            "Restart after kill -9 1: [0-9.]+ s \\([0-9.]+x the floor\\): (MET|MISSED)"
                + " \\(goal 6 s\\)")
        .containsPattern(
            "Restart after a clean stop, 1 runs: median [0-9.]+ s, worst [0-9.]+ s .*: (MET|MISSED)")
        .containsPattern(
            "Restart after kill -9, 1 runs: median [0-9.]+ s, worst [0-9.]+ s .*: (MET|MISSED)")
        .doesNotContain("Refused to report");
  }

  @Test
  void refusesToReportWhenBeaconDoesNotAnswerInTime() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("startup")
            .with("RUNS", "1")
            .with("TIMEOUT", "1")
            .within(Duration.ofMinutes(2))
            .refused();

    assertThat(printed)
        .contains("Refused to report")
        .contains("within 1 s")
        .doesNotContain("Restart after");
  }
}
