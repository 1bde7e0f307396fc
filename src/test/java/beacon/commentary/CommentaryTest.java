package beacon.commentary;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.commentary.Commentary.Part;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentaryTest {

  private static final Commentary READ =
      commentary(1, "Performance fell to 75%.", List.of("Audit the referrals"), null, "Head");

  @Test
  void saysWhichPartsAReaderSeesChangedBetweenTwoVersions() {
    Commentary now =
        commentary(
            2, "Performance rose to 85%.", List.of("Audit the referrals", "Review"), null, "Head");

    assertThat(now.changedFrom(READ)).containsExactly(Part.NARRATIVE, Part.IMPROVEMENT_ACTIONS);
  }

  @Test
  void findsNothingChangedWhenOnlySpacesAroundTheTextOrAMissingTextDiffer() {
    Commentary now =
        commentary(2, "Performance fell to 75%.\n", List.of("Audit the referrals"), "", "Head ");

    assertThat(now.changedFrom(READ)).isEmpty();
  }

  @Test
  void saysTheBenchmarkingSentenceAndTheAuthorChanged() {
    Commentary now =
        commentary(
            2, "Performance fell to 75%.", List.of("Audit the referrals"), "Below England", "Lead");

    assertThat(now.changedFrom(READ)).containsExactly(Part.BENCHMARK_TEXT, Part.AUTHOR);
  }

  private static Commentary commentary(
      long id, String narrative, List<String> actions, String benchmark, String author) {
    return new Commentary(
        id,
        9,
        "2024-25-Q1",
        narrative,
        actions,
        benchmark,
        author,
        CommentaryState.SUBMITTED,
        Instant.EPOCH,
        "A. Lead");
  }
}
