package beacon.publishing;

import beacon.papers.Paper;
import beacon.papers.PaperLine;
import beacon.papers.RecentValue;
import beacon.rules.rating.RagWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between a published paper and the same paper made from today's figures, indicator by
 * indicator: a corrected value, a changed target, rating or commentary, an earlier period's value
 * corrected, an indicator new to the paper or no longer in it.
 */
public final class PaperDifferences {

  /** What about an indicator differs. */
  public enum Kind {
    VALUE,
    TARGET,
    RATING,
    COMMENTARY,
    EARLIER_VALUE,
    ADDED,
    REMOVED
  }

  /**
   * One difference.
   *
   * @param period for an earlier value, the label of its period: "Q1 Jun 2017"; otherwise empty
   * @param published as the published paper prints it; empty for an indicator added since
   * @param now as the paper prints it today; empty for an indicator no longer in it
   */
  public record Difference(
      String code, String measure, Kind kind, String period, String published, String now) {}

  private PaperDifferences() {}

  /**
   * @param live the same paper made from today's figures, or null when it can no longer be made
   * @return the differences, in the published paper's order, then the indicators added since
   */
  public static List<Difference> between(Paper published, Paper live) {
    Map<String, PaperLine> before = byCode(published.lines());
    Map<String, PaperLine> after = live == null ? Map.of() : byCode(live.lines());
    List<Difference> differences = new ArrayList<>();
    for (PaperLine old : before.values()) {
      PaperLine now = after.get(old.code());
      if (now == null) {
        differences.add(
            new Difference(old.code(), old.measure(), Kind.REMOVED, "", text(old.value()), ""));
      } else {
        compare(old, now, words(published), words(live), differences);
      }
    }
    for (PaperLine now : after.values()) {
      if (!before.containsKey(now.code())) {
        differences.add(
            new Difference(now.code(), now.measure(), Kind.ADDED, "", "", text(now.value())));
      }
    }
    return differences;
  }

  private static RagWords words(Paper paper) {
    return paper.organisation() == null ? RagWords.STANDARD : paper.organisation().ragWords();
  }

  private static void compare(
      PaperLine old,
      PaperLine now,
      RagWords publishedWords,
      RagWords nowWords,
      List<Difference> differences) {
    boolean periodMoved = !text(old.valuePeriod()).equals(text(now.valuePeriod()));
    if (!text(old.value()).equals(text(now.value())) || periodMoved) {
      differences.add(
          difference(
              old,
              Kind.VALUE,
              "",
              withPeriod(text(old.value()), text(old.valuePeriod()), periodMoved),
              withPeriod(text(now.value()), text(now.valuePeriod()), periodMoved)));
    }
    if (!text(old.target()).equals(text(now.target()))) {
      differences.add(difference(old, Kind.TARGET, "", text(old.target()), text(now.target())));
    }
    if (old.rag() != now.rag()) {
      differences.add(
          difference(
              old, Kind.RATING, "", publishedWords.word(old.rag()), nowWords.word(now.rag())));
    }
    if (!commentary(old).equals(commentary(now))) {
      differences.add(difference(old, Kind.COMMENTARY, "", commentary(old), commentary(now)));
    }
    Map<String, String> earlier = earlierValues(old);
    Map<String, String> later = earlierValues(now);
    Set<String> labels = new LinkedHashSet<>(earlier.keySet());
    labels.addAll(later.keySet());
    for (String label : labels) {
      String was = earlier.getOrDefault(label, "");
      String is = later.getOrDefault(label, "");
      boolean sameAsValue = was.equals(text(old.value())) && is.equals(text(now.value()));
      if (!was.equals(is) && !sameAsValue) {
        differences.add(difference(old, Kind.EARLIER_VALUE, label, was, is));
      }
    }
  }

  private static Difference difference(
      PaperLine line, Kind kind, String period, String published, String now) {
    return new Difference(line.code(), line.measure(), kind, period, published, now);
  }

  private static String withPeriod(String value, String period, boolean say) {
    if (!say || period.isEmpty()) {
      return value;
    }
    return value.isEmpty() ? "(" + period + ")" : value + " (" + period + ")";
  }

  private static String commentary(PaperLine line) {
    List<String> parts = new ArrayList<>();
    parts.addAll(Objects.requireNonNullElse(line.commentary(), List.of()));
    parts.addAll(Objects.requireNonNullElse(line.improvementActions(), List.of()));
    return String.join("\n", parts);
  }

  /** The values of the line's period columns and trend, by the label of their period. */
  private static Map<String, String> earlierValues(PaperLine line) {
    Map<String, String> values = new LinkedHashMap<>();
    for (List<RecentValue> recent : Arrays.asList(line.columns(), line.trend())) {
      for (RecentValue value : recent == null ? List.<RecentValue>of() : recent) {
        values.putIfAbsent(value.label(), text(value.value()));
      }
    }
    return values;
  }

  private static String text(String printed) {
    return printed == null ? "" : printed;
  }

  private static Map<String, PaperLine> byCode(List<PaperLine> lines) {
    Map<String, PaperLine> byCode = new LinkedHashMap<>();
    lines.forEach(line -> byCode.putIfAbsent(line.code(), line));
    return byCode;
  }
}
