package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.Laws;
import org.junit.jupiter.api.Test;

/**
 * A council's own name for a value it does not rate: Havering 2024/25 shows "Blue" for an indicator
 * with narrative only or no target, where others print "Not rated".
 */
class RagWordsTest {

  private static final RagWords HAVERING = RagWords.of("Blue", "BLUE");

  @Test
  void aValueNotRatedIsShownInTheCouncilsOwnWord() {
    assertThat(HAVERING.word(Rag.NOT_RATED)).isEqualTo("Blue");
    assertThat(HAVERING.notRatedColour().tagClass()).isEqualTo("govuk-tag--blue");
    assertThat(RagWords.STANDARD.word(Rag.NOT_RATED)).isEqualTo("Not rated");
    assertThat(HAVERING.colourOf(Rag.NOT_RATED)).isEqualTo("BLUE");
    assertThat(HAVERING.colourOf(Rag.RED)).isEqualTo("RED");
  }

  @Test
  void theReasonOpensWithTheCouncilsWord() {
    assertThat(HAVERING.reason("Not rated: no target covers Q2 2024/25"))
        .isEqualTo("Blue: no target covers Q2 2024/25");
    assertThat(HAVERING.reason("Green: 91% is on or better than the target of 90%"))
        .isEqualTo("Green: 91% is on or better than the target of 90%");
    assertThat(RagWords.STANDARD.reason("Not rated: no value")).isEqualTo("Not rated: no value");
  }

  @Test
  void aCouncilThatNamedNoneHasTheStandardWords() {
    assertThat(RagWords.of(null, "BLUE")).isEqualTo(RagWords.STANDARD);
    assertThat(RagWords.of("  ", null)).isEqualTo(RagWords.STANDARD);
    assertThat(RagWords.STANDARD.named()).isFalse();
    assertThat(HAVERING.named()).isTrue();
    assertThat(RagWords.of("Narrative only", null).notRatedColour())
        .isEqualTo(RagWords.Colour.GREY);
  }

  @Test
  void aValueNotRatedCannotTakeTheNameOfARating() {
    assertThatThrownBy(() -> RagWords.of("green", "BLUE"))
        .hasMessage("A value not rated cannot be called Green: that is a rating");
    assertThatThrownBy(() -> RagWords.of("x".repeat(31), "BLUE"))
        .hasMessage("The name for a value not rated is at most 30 characters");
    assertThatThrownBy(() -> RagWords.of("Blue", "Orange"))
        .hasMessage(
            "A value not rated is shown in grey, blue, light blue, purple, pink or turquoise, not"
                + " Orange");
    assertThat(RagWords.of("Blue", "light blue").notRatedColour())
        .isEqualTo(RagWords.Colour.LIGHT_BLUE);
  }

  @Test
  void ratingsKeepTheirWordsWhateverTheCouncilCallsAValueNotRated() {
    Laws.forAll(
        draw -> {
          String name = draw.of("Blue", "Narrative only", "No target", "N/A", "White");
          RagWords words = RagWords.of(name, draw.of(RagWords.Colour.class).name());
          Rag rag = draw.of(Rag.class);
          assertThat(words.word(rag)).isEqualTo(rag == Rag.NOT_RATED ? name : rag.word());
          String reason = rag.word() + ": " + draw.anyText(40);
          assertThat(words.reason(reason))
              .isEqualTo(rag == Rag.NOT_RATED ? reason.replaceFirst("^Not rated", name) : reason);
        });
  }
}
