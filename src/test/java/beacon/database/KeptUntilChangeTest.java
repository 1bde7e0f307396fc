package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptUntilChangeTest {

  private final AtomicInteger builds = new AtomicInteger();

  @Test
  void returnsWhatWasBuiltUntilTheChangeNumberMoves() {
    KeptUntilChange<List<String>> kept = new KeptUntilChange<>();

    List<String> first = kept.get("825", "2017-18-Q4", 7, () -> built(3));
    assertThat(kept.get("825", "2017-18-Q4", 7, () -> built(3))).isSameAs(first);
    assertThat(builds).hasValue(1);

    List<String> afterAChange = kept.get("825", "2017-18-Q4", 8, () -> built(3));
    assertThat(afterAChange).isNotSameAs(first);
    assertThat(builds).hasValue(2);
    assertThat(kept.weightKept()).isEqualTo(1);
  }

  @Test
  void keepsAtMostSixtyFourThingsByDefault() {
    KeptUntilChange<List<String>> kept = new KeptUntilChange<>();

    for (int period = 0; period < 200; period++) {
      kept.get("900", "period " + period, 1, () -> built(1_000));
    }

    assertThat(kept.weightKept()).isEqualTo(64);
  }

  @Test
  void keepsNoMoreThanItsWeightLettingTheLongestKeptGoFirst() {
    KeptUntilChange<List<String>> kept = new KeptUntilChange<>(List::size, 10_000);

    List<List<String>> built = new ArrayList<>();
    for (int period = 0; period < 25; period++) {
      built.add(kept.get("900", "period " + period, 1, () -> built(1_000)));
    }
    kept.get("825", "2017-18-Q4", 1, () -> built(39));

    assertThat(kept.weightKept()).isEqualTo(9_039);
    assertThat(builds).hasValue(26);
    assertThat(kept.get("900", "period 24", 1, () -> built(1_000))).isSameAs(built.get(24));
    assertThat(kept.get("900", "period 16", 1, () -> built(1_000))).isSameAs(built.get(16));
    assertThat(builds).hasValue(26);
    assertThat(kept.get("900", "period 15", 1, () -> built(1_000))).isNotSameAs(built.get(15));
    assertThat(builds).hasValue(27);
  }

  @Test
  void buildsButDoesNotKeepWhatWeighsMoreThanItsBound() {
    KeptUntilChange<List<String>> kept = new KeptUntilChange<>(List::size, 10_000);
    kept.get("825", "2017-18-Q4", 1, () -> built(39));

    List<String> heavy = kept.get("900", "2025-26-Q4", 1, () -> built(10_001));

    assertThat(heavy).hasSize(10_001);
    assertThat(kept.weightKept()).isEqualTo(39);
    assertThat(kept.get("900", "2025-26-Q4", 1, () -> built(10_001))).isNotSameAs(heavy);
  }

  private List<String> built(int lines) {
    builds.incrementAndGet();
    List<String> built = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      built.add("line " + i);
    }
    return built;
  }
}
