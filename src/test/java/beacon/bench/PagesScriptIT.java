package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/pages.sh} runs at a tiny size from the packaged jar, with both councils, and prints
 * each page's figures beside the floor measured in the same run; and it refuses to report when a
 * page it asks for is not there.
 */
class PagesScriptIT {

  @Test
  void printsEachPageAgainstTheFloorMeasuredInTheSameRun() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("pages")
            .with("USERS", "3")
            .with("THINK", "100")
            .with("WARMUP", "1")
            .with("SECONDS_MEASURED", "2")
            .with("INDICATORS_825", "CSC-REREF-Q EDU-KS4-A8")
            .with("INDICATORS_900", "G0001 G1000")
            .within(Duration.ofMinutes(5))
            .run();

    assertThat(printed)
        .contains("static file /beacon.css, no token")
        .contains("(the floor)")
        .containsPattern(
            "indicator list, 825 .* p95 [0-9.]+x the floor's: (MET|MISSED) \\(goal 3x\\)")
        .containsPattern("indicator page, 825 .* p95 [0-9.]+x the floor's: (MET|MISSED)")
        .containsPattern("indicator list, 900 .* p95 [0-9.]+x the floor's: (MET|MISSED)")
        .containsPattern("indicator page, 900 .* p95 [0-9.]+x the floor's: (MET|MISSED)")
        .containsPattern(
            "Heap in use after a full collection: [0-9]+ MB: (MET|MISSED) \\(goal 256 MB\\)")
        .containsPattern(
            "indicator list, 900 .* [0-9.]+/s .* throughput [0-9]+% of the floor's: (MET|MISSED)"
                + " \\(goal 300/s\\)");
  }

  @Test
  void refusesToReportWhenAPageAskedForIsNotThere() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("pages")
            .with("COUNCIL_900", "no")
            .with("USERS", "2")
            .with("WARMUP", "1")
            .with("SECONDS_MEASURED", "1")
            .with("INDICATORS_825", "CSC-REREF-Q NO-SUCH-INDICATOR")
            .within(Duration.ofMinutes(3))
            .refused();

    assertThat(printed)
        .contains("Refused to report")
        .contains("/organisations/825/indicators/NO-SUCH-INDICATOR")
        .contains("answered 404")
        .doesNotContain("the floor")
        .doesNotContain("p95")
        .doesNotContain("Heap in use");
  }
}
