package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/hub.sh} runs at a tiny size from the packaged jar: a few authorities set up from the
 * national library, the set-up timed beside the national data's load, and each council page's p95
 * printed beside the floor measured in the same run; and it refuses to report a council it was
 * asked about that is not there.
 */
class HubScriptIT {

  @Test
  void printsTheSetUpAndEachPageAgainstTheFloorMeasuredInTheSameRun() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("hub")
            .with("AUTHORITIES", "2")
            .with("USERS", "2")
            .with("THINK", "100")
            .with("WARMUP", "1")
            .with("SECONDS_MEASURED", "2")
            .within(Duration.ofMinutes(5))
            .run();

    assertThat(printed)
        .contains("Beacon for 2 authorities")
        .containsPattern("load-national \\(the floor: .*\\): [0-9.]+ s")
        .containsPattern(
            "setting them up from the national library: [0-9.]+ s \\(Set up 2 authorities, with 40"
                + " indicators from the national library")
        .containsPattern("database on disk: [0-9]+ MB")
        .containsPattern("dashboard .* p95 [0-9.]+x the floor's: (MET|MISSED) \\(goal 3x\\)")
        .containsPattern("indicator list .* p95 [0-9.]+x the floor's: (MET|MISSED)")
        .containsPattern("indicator page .* p95 [0-9.]+x the floor's: (MET|MISSED)");
  }

  @Test
  void refusesToReportACouncilItWasAskedAboutThatIsNotThere() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("hub")
            .with("AUTHORITIES", "1")
            .with("PAGES_OF", "999")
            .with("USERS", "1")
            .with("WARMUP", "1")
            .with("SECONDS_MEASURED", "1")
            .within(Duration.ofMinutes(4))
            .refused();

    assertThat(printed).contains("Refused to report: there is no council 999 in the hub");
  }
}
