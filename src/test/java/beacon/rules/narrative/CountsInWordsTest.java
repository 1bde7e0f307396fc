package beacon.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountsInWordsTest {

  @Test
  void wordsTheCountsAsWokinghamsCommitteeReportDoes() {
    assertThat(CountsInWords.ratings(3, 4, 6))
        .isEqualTo("three red indicators, four amber indicators and six green indicators");
  }

  @Test
  void saysOneIndicatorAndNoIndicators() {
    assertThat(CountsInWords.ratings(1, 0, 12))
        .isEqualTo("one red indicator, no amber indicators and twelve green indicators");
  }

  @Test
  void wordsLargerNumbersInBritishEnglish() {
    assertThat(CountsInWords.number(21)).isEqualTo("twenty-one");
    assertThat(CountsInWords.number(40)).isEqualTo("forty");
    assertThat(CountsInWords.number(100)).isEqualTo("one hundred");
    assertThat(CountsInWords.number(112)).isEqualTo("one hundred and twelve");
    assertThat(CountsInWords.number(1000)).isEqualTo("1000");
  }

  @Test
  void refusesANegativeCount() {
    assertThatThrownBy(() -> CountsInWords.number(-1)).hasMessageContaining("negative");
  }
}
