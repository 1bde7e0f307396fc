package beacon.catalogue;

import static beacon.catalogue.CatalogueEditForm.blank;

import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
import beacon.rules.rating.AgeLimit;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * A RAG scheme as typed: name, kind, band, description and the date it comes into force; and the
 * reporting period to preview its ratings in.
 */
public record SchemeForm(
    String version,
    String reason,
    String name,
    String kind,
    String band,
    String bandAbove,
    String periodsBehind,
    String description,
    String inForceDay,
    String inForceMonth,
    String inForceYear,
    String period)
    implements CatalogueEditForm<SchemeForm> {

  /** The form for a new scheme. */
  static SchemeForm empty() {
    return new SchemeForm(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The form opened on a scheme as it is, at its version {@code version}. */
  static SchemeForm editing(RagSchemes.Scheme scheme, int version) {
    LocalDate day = scheme.inForceFrom();
    return new SchemeForm(
        String.valueOf(version),
        null,
        scheme.name(),
        scheme.kind().name(),
        scheme.band() == null ? null : scheme.band().stripTrailingZeros().toPlainString(),
        scheme.bandAbove() == null ? null : scheme.bandAbove().stripTrailingZeros().toPlainString(),
        scheme.periodsBehindAllowed() == null ? null : scheme.periodsBehindAllowed().toString(),
        scheme.description(),
        day == null ? null : String.valueOf(day.getDayOfMonth()),
        day == null ? null : String.valueOf(day.getMonthValue()),
        day == null ? null : String.valueOf(day.getYear()),
        null);
  }

  @Override
  public SchemeForm openedAt(int version) {
    return new SchemeForm(
        String.valueOf(version),
        reason,
        name,
        kind,
        band,
        bandAbove,
        periodsBehind,
        description,
        inForceDay,
        inForceMonth,
        inForceYear,
        period);
  }

  /** The same form, as typed, previewing the reporting period {@code period} (its code). */
  SchemeForm previewing(String period) {
    return new SchemeForm(
        version,
        reason,
        name,
        kind,
        band,
        bandAbove,
        periodsBehind,
        description,
        inForceDay,
        inForceMonth,
        inForceYear,
        period);
  }

  /**
   * @param saving whether the form is being saved (a preview does not need the editor's name)
   * @param nameTaken whether another scheme of the organisation has a name
   * @param inForceFrom the name of another scheme put in force on a day, if any
   */
  void validate(
      Errors errors,
      boolean saving,
      Predicate<String> nameTaken,
      Function<LocalDate, Optional<String>> inForceFrom) {
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error.scheme.name.missing");
    } else if (nameTaken.test(name.trim())) {
      errors.rejectValue(
          "name", "catalogue.error.scheme.name.taken", new Object[] {name.trim()}, null);
    }
    Optional<SchemeKind> chosen = chosenKind();
    if (chosen.isEmpty()) {
      errors.rejectValue("kind", "catalogue.error.scheme.kind.choose");
    } else if (chosen.get().hasBandAbove()) {
      validateRange(errors);
    } else if (hasBand(chosen.get())) {
      Optional<BigDecimal> size = number(band);
      if (blank(band)) {
        errors.rejectValue("band", "catalogue.error.scheme.band.missing");
      } else if (size.isEmpty() || size.get().signum() <= 0) {
        errors.rejectValue("band", "catalogue.error.scheme.band.positive");
      }
    }
    if (!blank(periodsBehind) && periodsBehindAllowed().isEmpty()) {
      errors.rejectValue(
          "periodsBehind",
          "catalogue.error.scheme.periodsBehind",
          new Object[] {AgeLimit.LONGEST},
          null);
    }
    Optional<LocalDate> from = inForceDate();
    if (from.isEmpty()) {
      errors.rejectValue("inForceDay", "catalogue.error.scheme.inForce.date");
    } else {
      inForceFrom
          .apply(from.get())
          .ifPresent(
              other ->
                  errors.rejectValue(
                      "inForceDay",
                      "catalogue.error.scheme.inForce.taken",
                      new Object[] {other},
                      null));
    }
    if (saving) {
      validateEditor(errors);
    }
  }

  /** A target range: how far below the target and how far above, each 0 or more, not both 0. */
  private void validateRange(Errors errors) {
    Optional<BigDecimal> below = number(band).filter(n -> n.signum() >= 0);
    Optional<BigDecimal> above = number(bandAbove).filter(n -> n.signum() >= 0);
    if (blank(band)) {
      errors.rejectValue("band", "catalogue.error.scheme.range.below.missing");
    } else if (below.isEmpty()) {
      errors.rejectValue("band", "catalogue.error.scheme.range.below.number");
    }
    if (blank(bandAbove)) {
      errors.rejectValue("bandAbove", "catalogue.error.scheme.range.above.missing");
    } else if (above.isEmpty()) {
      errors.rejectValue("bandAbove", "catalogue.error.scheme.range.above.number");
    }
    if (below.isPresent()
        && above.isPresent()
        && below.get().signum() == 0
        && above.get().signum() == 0) {
      errors.rejectValue("bandAbove", "catalogue.error.scheme.range.empty");
    }
  }

  static boolean hasBand(SchemeKind kind) {
    return kind.hasBand();
  }

  /** The kind chosen, if it is one. */
  Optional<SchemeKind> chosenKind() {
    try {
      return Optional.of(SchemeKind.valueOf(kind == null ? "" : kind));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The band, for a kind that has one; null otherwise. */
  BigDecimal bandForKind() {
    return chosenKind().filter(SchemeForm::hasBand).flatMap(k -> number(band)).orElse(null);
  }

  /** How far a target range reaches above the target, for that kind; null otherwise. */
  BigDecimal bandAboveForKind() {
    return chosenKind()
        .filter(SchemeKind::hasBandAbove)
        .flatMap(k -> number(bandAbove))
        .orElse(null);
  }

  private static Optional<BigDecimal> number(String typed) {
    try {
      return blank(typed)
          ? Optional.empty()
          : Optional.of(new BigDecimal(typed.trim().replace("%", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The age limit typed, in periods, if it is one; empty when blank or not one. */
  Optional<Integer> periodsBehindAllowed() {
    try {
      int periods = Integer.parseInt(periodsBehind == null ? "" : periodsBehind.trim());
      return periods < 0 || periods > AgeLimit.LONGEST ? Optional.empty() : Optional.of(periods);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The age limit typed, or null for none. */
  Integer periodsBehindOrNull() {
    return blank(periodsBehind) ? null : periodsBehindAllowed().orElse(null);
  }

  Optional<LocalDate> inForceDate() {
    return dayOf(inForceDay, inForceMonth, inForceYear);
  }

  /** The day typed in three boxes, if they make one. */
  static Optional<LocalDate> dayOf(String day, String month, String year) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(year.trim()),
              Integer.parseInt(month.trim()),
              Integer.parseInt(day.trim())));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
