package beacon.rules.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A RAG scheme put in force from a date, for a whole organisation or, when {@code indicatorCode} is
 * set, for one indicator (overriding the organisation's scheme).
 */
public record SchemeUse(
    String indicatorCode,
    LocalDate effectiveFrom,
    String schemeName,
    RagScheme scheme,
    AgeLimit ageLimit) {

  /** A use of a scheme that rates a value of any age. */
  public SchemeUse(
      String indicatorCode, LocalDate effectiveFrom, String schemeName, RagScheme scheme) {
    this(indicatorCode, effectiveFrom, schemeName, scheme, null);
  }

  public SchemeUse {
    Objects.requireNonNull(effectiveFrom, "a scheme is in force from a date");
    Objects.requireNonNull(scheme, "a scheme use names a scheme");
  }

  /**
   * The scheme in force for an indicator on a day: the indicator's own, if one has started by then,
   * else the organisation's; of each, the one that started last.
   */
  public static Optional<SchemeUse> inForce(
      Collection<SchemeUse> uses, String indicatorCode, LocalDate day) {
    Comparator<SchemeUse> latest = Comparator.comparing(SchemeUse::effectiveFrom);
    Optional<SchemeUse> own =
        uses.stream()
            .filter(use -> indicatorCode.equals(use.indicatorCode()))
            .filter(use -> !use.effectiveFrom().isAfter(day))
            .max(latest);
    if (own.isPresent()) {
      return own;
    }
    return uses.stream()
        .filter(use -> use.indicatorCode() == null)
        .filter(use -> !use.effectiveFrom().isAfter(day))
        .max(latest);
  }
}
