package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/imports.sh} runs at a tiny size from the packaged jar, importing through the API and
 * printing the import's time beside the floor measured in the same run; and it refuses to report
 * when the import is not answered as it should be.
 */
class ImportsScriptIT {

  @Test
  void printsTheImportAgainstTheFloorMeasuredInTheSameRun() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("imports")
            .with("MONTHS", "2")
            .with("INDICATORS", "50")
            .within(Duration.ofMinutes(5))
            .run();

    assertThat(printed)
        .contains("Values import: 100 rows (50 indicators x 2 months)")
        .containsPattern(
            "Import \\(POST /api/v1/organisations/825/imports/values, answered 200, every row"
                + " added\\): [0-9.]+ s")
        .containsPattern(
            "Floor \\(PostgreSQL COPY of the same rows into bench_floor.*\\): [0-9.]+ s")
        .containsPattern("Ratio import / floor: [0-9.]+x: (MET|MISSED) \\(goal 1.5x\\)")
        .contains("Rows in the table: 100; lines of their addition in the audit trail: 100")
        .containsPattern(
            "Heap in use after a full collection: [0-9]+ MB before the import, [0-9]+ MB after");
  }

  @Test
  void refusesToReportWhenTheImportIsNotAnsweredAsItShouldBe() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("imports")
            .with("MONTHS", "2")
            .with("INDICATORS", "5")
            .with("ORG", "no-such-council")
            .within(Duration.ofMinutes(4))
            .refused();

    assertThat(printed)
        .contains("Refused to report")
        .contains("answered 404")
        .doesNotContain("Floor (")
        .doesNotContain("Ratio");
  }
}
