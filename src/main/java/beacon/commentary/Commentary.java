package beacon.commentary;

import beacon.rules.version.SavedVersion;
import java.time.Instant;
import java.util.List;

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

  /** The narrative's paragraphs. */
  public List<String> paragraphs() {
    return narrative == null || narrative.isBlank()
        ? List.of()
        : List.of(narrative.strip().split("\\R\\s*\\R"));
  }
}
