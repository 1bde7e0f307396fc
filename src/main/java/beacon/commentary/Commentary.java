package beacon.commentary;

import beacon.rules.version.SavedVersion;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a service lead writes about an indicator for a reporting period: the narrative (paragraphs
 * separated by blank lines), the improvement actions, and the benchmarking sentence as printed.
 */
public record Commentary(
    long id,
    long indicatorId,
    String reportingPeriodCode,
    String narrative,
    List<String> improvementActions,
    String benchmarkText,
    String author,
    CommentaryState state,
    Instant recordedAt,
    String recordedBy)
    implements SavedVersion {

  /** The parts of commentary a reader sees, besides its state. */
  public enum Part {
    NARRATIVE,
    IMPROVEMENT_ACTIONS,
    BENCHMARK_TEXT,
    AUTHOR
  }

  /** The parts whose text differs in this version from an earlier one, in the order shown. */
  public Set<Part> changedFrom(Commentary earlier) {
    Set<Part> changed = EnumSet.noneOf(Part.class);
    if (!Objects.equals(text(narrative), text(earlier.narrative))) {
      changed.add(Part.NARRATIVE);
    }
    if (!improvementActions.equals(earlier.improvementActions)) {
      changed.add(Part.IMPROVEMENT_ACTIONS);
    }
    if (!Objects.equals(text(benchmarkText), text(earlier.benchmarkText))) {
      changed.add(Part.BENCHMARK_TEXT);
    }
    if (!Objects.equals(text(author), text(earlier.author))) {
      changed.add(Part.AUTHOR);
    }
    return changed;
  }

  private static String text(String text) {
    return text == null ? "" : text.strip();
  }

  /** The narrative's paragraphs. */
  public List<String> paragraphs() {
    return narrative == null || narrative.isBlank()
        ? List.of()
        : List.of(narrative.strip().split("\\R\\s*\\R"));
  }
}
