package beacon.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.demo.GeneratedCouncil;
import beacon.indicator.ReportingPeriods;
import beacon.rules.period.FinancialQuarter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The scorecards kept of a large council, one for each of its reporting periods, hold little more
 * than their lines: each line's history (three years of monthly values, rated) is shared with the
 * scorecards of the other periods rather than copied into each. A scorecard of the generated
 * council's 1,000 monthly indicators held 15 MB when each kept its own history; the 64,000 lines
 * kept at most, 64 such scorecards, must leave the heap in use under 256 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardMemoryIT extends EmbeddedDatabaseForTests {

  /**
   * What one kept scorecard of 1,000 indicators may hold, history included: 64 of them 160 MB, with
   * room beside them for the rest of Beacon.
   */
  private static final long MOST_BYTES_PER_SCORECARD = 2_560L * 1024;

  /** The quarters whose scorecards are kept: the three years a line's history goes back. */
  private static final int QUARTERS = ScorecardLine.QUARTERS_OF_HISTORY;

  @Autowired GeneratedCouncil council;
  @Autowired Scorecards scorecards;
  @Autowired ReportingPeriods periods;

  @Test
  void theScorecardsOfEveryPeriodShareTheirLinesHistories() {
    council.addIfMissing();
    List<FinancialQuarter> quarters = periods.of(GeneratedCouncil.CODE);
    assertThat(quarters).hasSize(40);

    long before = heapInUseAfterFullCollection();
    long started = System.nanoTime();
    List<Scorecard> kept = new ArrayList<>();
    for (FinancialQuarter quarter : quarters.subList(0, QUARTERS)) {
      kept.add(scorecards.forPeriod(GeneratedCouncil.CODE, quarter));
    }
    long held = heapInUseAfterFullCollection() - before;

    System.out.printf(
        "%d scorecards of %s hold %d KB each, built in %d ms%n",
        kept.size(),
        GeneratedCouncil.CODE,
        held / kept.size() / 1024,
        (System.nanoTime() - started) / 1_000_000);
    assertThat(kept).allSatisfy(scorecard -> assertThat(scorecard.total()).isEqualTo(1_000));
    assertThat(kept.get(0).indicators().get(0).history()).hasSize(36);
    assertThat(held / kept.size())
        .as(
            "bytes held by each of %d scorecards of %s (%d MB in all)",
            kept.size(), GeneratedCouncil.CODE, held / (1024 * 1024))
        .isLessThan(MOST_BYTES_PER_SCORECARD);
  }

  /** The heap in use once a full collection has run, and another frees no more. */
  private static long heapInUseAfterFullCollection() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
