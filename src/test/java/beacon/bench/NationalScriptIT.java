package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/national.sh} runs from the packaged jar: it loads the whole national data with the
 * command load-national, times COPY of the same rows as the floor, asks for a few of the demo
 * council's national figures with an API token, and prints each figure beside its floor with the
 * goals.
 */
class NationalScriptIT {

  @Test
  void printsTheLoadAndTheFiguresAgainstTheFloorsMeasuredInTheSameRun() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("national")
            .with("MEASURES", "5")
            .with("COPY_RUNS", "1")
            .within(Duration.ofMinutes(5))
            .run();

    assertThat(printed)
        .containsPattern(
            "load-national: [0-9,]+ figures of [0-9,]+ measures loaded in [0-9.]+ s \\(the whole command")
        .containsPattern(
            "PostgreSQL COPY of the same rows, .*: [0-9.]+ s \\(median of 1\\) \\(the floor\\)")
        .containsPattern("ratio load / COPY: [0-9.]+: (MET|MISSED) \\(goal 2 or less\\)")
        .containsPattern("static file /beacon.css, no token, 5 times: .*\\(the floor\\)")
        .containsPattern(
            "a national figure of 825, compared, 5 measures: median [0-9.]+ s, p95 [0-9.]+ s, slowest"
                + " [0-9.]+ s; median [0-9.]+x the floor's")
        .containsPattern(
            "for a year of each of those 5 measures, .*: [0-9.]+ s in all: (MET|MISSED) \\(goal 2 s\\)")
        .doesNotContain("Refused");
  }
}
