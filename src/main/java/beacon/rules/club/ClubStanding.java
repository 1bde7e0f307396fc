package beacon.rules.club;

import beacon.rules.rating.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A benchmarking club's members compared on one measure for one period, as LG Inform's clubs
 * compare them: each member's figure, the club's mean (the simple mean of the members with a
 * figure) and each member's rank among them, 1 the best by the measure's polarity, ties sharing the
 * best of their ranks (1, 2, 2, 4). There is no rank when the measure has no better way, nor for a
 * member without a figure.
 *
 * @param members best first, those without a figure last
 * @param mean null when no member has a figure
 * @param withFigure how many members have a figure
 */
public record ClubStanding(List<Member> members, BigDecimal mean, int withFigure) {

  private static final int MEAN_DECIMALS = 6;

  /** A member's figure, or null when it has none for the period. */
  public record Figure(String code, String name, BigDecimal value) {
    public Figure {
      Objects.requireNonNull(code, "a member has its code");
      Objects.requireNonNull(name, "a member has its name");
    }
  }

  /** A member compared: its figure and rank, null without one. */
  public record Member(String code, String name, BigDecimal value, Integer rank) {}

  public static ClubStanding of(List<Figure> figures, Polarity polarity) {
    List<Figure> with = new ArrayList<>(figures.stream().filter(f -> f.value() != null).toList());
    List<Figure> without = figures.stream().filter(f -> f.value() == null).toList();
    boolean ranked = polarity == Polarity.HIGH || polarity == Polarity.LOW;
    Comparator<Figure> lowestFirst = Comparator.comparing(Figure::value);
    with.sort(
        (polarity == Polarity.HIGH ? lowestFirst.reversed() : lowestFirst)
            .thenComparing(Figure::name));
    List<Member> members = new ArrayList<>();
    int rank = 0;
    BigDecimal before = null;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < with.size(); i++) {
      Figure figure = with.get(i);
      if (before == null || figure.value().compareTo(before) != 0) {
        rank = i + 1;
        before = figure.value();
      }
      total = total.add(figure.value());
      members.add(new Member(figure.code(), figure.name(), figure.value(), ranked ? rank : null));
    }
    without.forEach(f -> members.add(new Member(f.code(), f.name(), null, null)));
    BigDecimal mean =
        with.isEmpty()
            ? null
            : total
                .divide(BigDecimal.valueOf(with.size()), MEAN_DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    return new ClubStanding(List.copyOf(members), mean, with.size());
  }

  /** The member with the code, compared. */
  public Member of(String code) {
    return members.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
  }
}
