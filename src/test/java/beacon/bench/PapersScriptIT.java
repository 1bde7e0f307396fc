package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/papers.sh} runs at a tiny size from the packaged jar: it sets up a small portfolio
 * as a council does, asks for every paper in every format and prints each one's figures beside the
 * floor measured in the same run, with the goals; and it refuses to report when a paper it asks for
 * is not there.
 */
class PapersScriptIT {

  @Test
  void printsEveryPaperAgainstTheFloorMeasuredInTheSameRun() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("papers")
            .with("INDICATORS", "6")
            .with("RUNS", "1")
            .with("WARMUP", "0")
            .within(Duration.ofMinutes(5))
            .run();

    assertThat(printed)
        .contains("Committee papers of 6 quarterly indicators")
        .containsPattern("static file /beacon.css, no token +median +[0-9.]+ s, .*\\(the floor\\)");
    for (String layout :
        new String[] {"exceptions", "scorecard", "indicator-blocks", "committee-summary"}) {
      assertThat(printed)
          .containsPattern(layout + " html +median +[0-9.]+ s, slowest +[0-9.]+ s, ");
      for (String format : new String[] {"pdf", "docx", "xlsx", "csv"}) {
        assertThat(printed)
            .containsPattern(
                layout
                    + " "
                    + format
                    + " +median +[0-9.]+ s, slowest +[0-9.]+ s, .* the floor, [0-9.]+x its HTML");
      }
    }
    assertThat(printed)
        .containsPattern("PDF <= 2 s: (MET|MISSED) \\(the slowest layout, ")
        .containsPattern("Word <= 1 s: (MET|MISSED) \\(the slowest layout, ")
        .doesNotContain("Refused");
  }

  @Test
  void refusesToReportWhenAPaperAskedForIsNotThere() throws Exception {
    BenchScript.packagedJar();

    String printed =
        BenchScript.named("papers")
            .with("INDICATORS", "3")
            .with("RUNS", "1")
            .with("WARMUP", "0")
            .with("LAYOUTS", "scorecard,no-such-layout")
            .with("FORMATS", "csv")
            .within(Duration.ofMinutes(4))
            .refused();

    assertThat(printed)
        .contains("Refused to report")
        .contains("/api/v1/organisations/825/reports/no-such-layout")
        .contains("answered 404")
        .doesNotContain("the floor")
        .doesNotContain("MET");
  }
}
