package beacon.scorecard;

import beacon.rules.rating.Rag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How many lines are Red, Amber, Green and not rated in each group (portfolio or theme), groups in
 * the order the paper first names them, lines with no group counted last under {@link
 * IndicatorFilter#NONE}.
 */
public final class RagCounts {

  private RagCounts() {}

  /** The counts of one group; {@code key} is the group's name, or {@link IndicatorFilter#NONE}. */
  public record Group(String key, Map<Rag, Integer> counts, int total) {

    public boolean isNone() {
      return IndicatorFilter.NONE.equals(key);
    }

    public int count(Rag rag) {
      return counts.get(rag);
    }
  }

  public static Group overall(List<ScorecardLine> lines) {
    return group(IndicatorFilter.NONE, lines);
  }

  public static List<Group> byPortfolio(List<ScorecardLine> lines) {
    return by(lines, ScorecardLine::portfolio);
  }

  public static List<Group> byTheme(List<ScorecardLine> lines) {
    return by(lines, ScorecardLine::theme);
  }

  static List<Group> by(List<ScorecardLine> lines, Function<ScorecardLine, String> field) {
    Map<String, List<ScorecardLine>> grouped = new LinkedHashMap<>();
    List<ScorecardLine> none = new ArrayList<>();
    for (ScorecardLine line : lines) {
      String name = field.apply(line);
      if (name == null || name.isBlank()) {
        none.add(line);
      } else {
        grouped.computeIfAbsent(name, key -> new ArrayList<>()).add(line);
      }
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((name, members) -> groups.add(group(name, members)));
    if (!none.isEmpty()) {
      groups.add(group(IndicatorFilter.NONE, none));
    }
    return groups;
  }

  private static Group group(String key, List<ScorecardLine> lines) {
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, 0);
    }
    lines.forEach(line -> counts.merge(line.rag(), 1, Integer::sum));
    return new Group(key, Collections.unmodifiableMap(counts), lines.size());
  }
}
