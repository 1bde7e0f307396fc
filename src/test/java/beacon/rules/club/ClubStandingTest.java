package beacon.rules.club;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.club.ClubStanding.Figure;
import beacon.rules.club.ClubStanding.Member;
import beacon.rules.rating.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClubStandingTest {

  private static Figure figure(String code, String value) {
    return new Figure(code, "Council " + code, value == null ? null : new BigDecimal(value));
  }

  private static final List<Figure> FOUR =
      List.of(figure("A", "20"), figure("B", "30"), figure("C", "30"), figure("D", null));

  @Test
  void theMeanIsOfTheMembersWithAFigureAndTheyAreCounted() {
    ClubStanding standing = ClubStanding.of(FOUR, Polarity.HIGH);

    assertThat(standing.mean()).isEqualByComparingTo("26.666667");
    assertThat(standing.withFigure()).isEqualTo(3);
    assertThat(standing.members()).hasSize(4);
  }

  @Test
  void theBestIsFirstWhenHighIsGoodAndTiesShareTheBestRank() {
    ClubStanding standing = ClubStanding.of(FOUR, Polarity.HIGH);

    assertThat(standing.members()).extracting(Member::code).containsExactly("B", "C", "A", "D");
    assertThat(standing.members()).extracting(Member::rank).containsExactly(1, 1, 3, null);
  }

  @Test
  void theLowestIsBestWhenLowIsGood() {
    ClubStanding standing = ClubStanding.of(FOUR, Polarity.LOW);

    assertThat(standing.of("A").rank()).isEqualTo(1);
    assertThat(standing.of("B").rank()).isEqualTo(2);
    assertThat(standing.of("D").rank()).isNull();
  }

  @Test
  void aMeasureWithNoBetterWayHasFiguresAndAMeanButNoRanks() {
    ClubStanding standing = ClubStanding.of(FOUR, Polarity.NONE);

    assertThat(standing.members()).extracting(Member::rank).containsOnlyNulls();
    assertThat(standing.mean()).isNotNull();
  }

  @Test
  void noFigureGivesNoMean() {
    ClubStanding standing = ClubStanding.of(List.of(figure("A", null)), Polarity.HIGH);

    assertThat(standing.mean()).isNull();
    assertThat(standing.withFigure()).isZero();
  }

  @Test
  void lawsEveryRankIsOneMoreThanTheCountOfBetterFiguresWhateverTheOrderGiven() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Figure> figures = new ArrayList<>();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        figures.add(figure("M" + i, random.nextInt(5) == 0 ? null : "" + random.nextInt(6)));
      }
      Collections.shuffle(figures, random);
      ClubStanding standing = ClubStanding.of(figures, Polarity.HIGH);
      for (Member member : standing.members()) {
        if (member.value() == null) {
          assertThat(member.rank()).isNull();
          continue;
        }
        long better =
            figures.stream()
                .filter(f -> f.value() != null && f.value().compareTo(member.value()) > 0)
                .count();
        assertThat(member.rank()).isEqualTo((int) better + 1);
      }
      assertThat(standing.members()).hasSize(n);
      assertThat(ClubStanding.of(figures, Polarity.LOW).mean()).isEqualTo(standing.mean());
    }
  }
}
