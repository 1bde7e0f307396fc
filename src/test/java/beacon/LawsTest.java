package beacon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawsTest {

  @Test
  void aLawThatDoesNotHoldFailsNamingTheExampleItsSeedAndWhatWasDrawn() {
    assertThatThrownBy(() -> Laws.forAll(draw -> assertThat(draw.integer(1, 100)).isLessThan(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The law does not hold for example")
        .hasMessageContaining("-Dbeacon.laws.seed=")
        .hasMessageContaining("Drawn: [100]");
  }

  @Test
  void aLawIsCheckedOnEveryExampleItAsksFor() {
    int[] checked = {0};
    Laws.forAll(250, draw -> checked[0]++);
    assertThat(checked[0]).isEqualTo(250);
  }

  @Test
  void theSameTestDrawsTheSameExamplesEveryTime() {
    assertThat(drawnHere()).isEqualTo(drawnHere());
  }

  @Test
  void rangesAreDrawnToTheirEnds() {
    List<Integer> drawn = Laws.examples(500, draw -> draw.integer(1, 6));
    assertThat(drawn).contains(1, 2, 3, 4, 5, 6).allSatisfy(n -> assertThat(n).isBetween(1, 6));
  }

  private static List<String> drawnHere() {
    return Laws.examples(20, draw -> draw.decimal("-5", "5", 2) + " " + draw.anyText(5));
  }
}
