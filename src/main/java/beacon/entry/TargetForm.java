package beacon.entry;

import static beacon.web.EntryForm.blank;
import static beacon.web.EntryForm.isPercentage;
import static beacon.web.EntryForm.number;
import static beacon.web.EntryForm.orNull;
import static beacon.web.EntryForm.sent;

import beacon.benchmark.Comparator;
import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.FloorPlacing;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Aim;
import beacon.targets.IndicatorTarget;
import beacon.targets.SetAgainst;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The target form as sent: text as typed, read and checked by {@link #validate}. {@code version} is
 * the id of the target the form was opened on (empty for a period with none). A field not sent is
 * empty, but for the tolerance, which is then 0. A target is a figure ({@code target}) or set
 * against a benchmark: {@code against} names the comparator, {@code againstYear} the year of its
 * figure (the target's own year when empty) and {@code offset} how far above it (negative: below).
 */
public record TargetForm(
    String version,
    String period,
    String openedPeriod,
    String note,
    String reason,
    String target,
    String tolerance,
    String floor,
    String against,
    String againstYear,
    String offset)
    implements PeriodEntryForm {

  public TargetForm {
    version = sent(version);
    period = sent(period);
    openedPeriod = sent(openedPeriod);
    note = sent(note);
    reason = sent(reason);
    target = sent(target);
    tolerance = sent(tolerance, "0");
    floor = sent(floor);
    against = sent(against);
    againstYear = sent(againstYear);
    offset = sent(offset);
  }

  /** What a valid form sets. */
  record Valid(Period period, Aim aim, String note) {}

  /** A form for the period typed, not yet opened for it. */
  static TargetForm forPeriod(String typed) {
    return new TargetForm(null, typed, null, null, null, null, null, null, null, null, null);
  }

  /** A form opened for a period that has no target set yet. */
  static TargetForm opening(Period opened) {
    return new TargetForm(
        null, opened.label(), opened.code(), null, null, null, null, null, null, null, null);
  }

  /** A form opened on the target set now, to change it. */
  static TargetForm changing(IndicatorTarget current) {
    Aim aim = current.aim();
    SetAgainst against = aim.setAgainst();
    return new TargetForm(
            null,
            null,
            null,
            current.note(),
            null,
            aim.figure() == null ? null : Unit.plain(aim.figure()),
            Unit.plain(aim.tolerance()),
            aim.floor() == null ? null : Unit.plain(aim.floor()),
            against == null ? null : against.comparator().name(),
            against == null ? null : against.year().label(),
            against == null || against.offset().signum() == 0 ? null : Unit.plain(against.offset()))
        .reopenedOn(current.id(), current.period());
  }

  /** The form, as typed, opened again on the version saved now for its period. */
  TargetForm reopenedOn(long savedVersion, Period saved) {
    return new TargetForm(
        String.valueOf(savedVersion),
        saved.code(),
        saved.code(),
        note,
        reason,
        target,
        tolerance,
        floor,
        against,
        againstYear,
        offset);
  }

  /** Whether the form changes a target already set. */
  public boolean isChanging() {
    return isReplacing();
  }

  /**
   * Checks what was typed against the indicator, rejecting each wrong field with a message naming
   * it.
   */
  Optional<Valid> validate(Indicator indicator, Errors errors) {
    Optional<Period> read = readPeriod(indicator);
    if (read.isEmpty()) {
      errors.rejectValue("period", "entry.target.error.period", "Enter a period");
    }
    boolean percent = indicator.unit() == Unit.PERCENT;
    Optional<SetAgainst> setAgainst = readSetAgainst(indicator, read, errors);
    Optional<BigDecimal> value = number("target", target, errors, "entry.target.error.number");
    if (!blank(against)) {
      if (!blank(target)) {
        errors.rejectValue(
            "target", "entry.target.error.both", "Enter a figure or choose a benchmark, not both");
      }
      value = Optional.empty();
    } else if (blank(target)) {
      errors.rejectValue("target", "entry.target.error.missing", "Enter the target");
    } else if (value.isPresent() && percent && !isPercentage(value.get())) {
      errors.rejectValue("target", "entry.target.error.percent", "Enter a percentage");
      value = Optional.empty();
    }
    Optional<BigDecimal> loosening =
        blank(tolerance)
            ? Optional.of(BigDecimal.ZERO)
            : number("tolerance", tolerance, errors, "entry.target.error.tolerance");
    if (loosening.isPresent() && loosening.get().signum() < 0) {
      errors.rejectValue("tolerance", "entry.target.error.tolerance.negative", "Not below 0");
      loosening = Optional.empty();
    }
    Optional<BigDecimal> standard = number("floor", floor, errors, "entry.target.error.floor");
    if (standard.isPresent()) {
      Target figure =
          value.isPresent() && loosening.isPresent()
              ? new Target(value.get(), loosening.get(), null)
              : null;
      String green =
          figure == null
              ? ""
              : indicator.unit().format(figure.greenThreshold(indicator.polarity()));
      switch (FloorPlacing.of(standard.get(), indicator.polarity(), figure)) {
        case NO_POLARITY ->
            errors.rejectValue("floor", "entry.target.error.floor.noPolarity", "No floor");
        case STAYS_CLOSE ->
            errors.rejectValue("floor", "entry.target.error.floor.close", "No floor");
        case NOT_BELOW_THE_THRESHOLD ->
            errors.rejectValue(
                "floor",
                "entry.target.error.floor.high",
                new Object[] {green},
                "The floor must be below the target");
        case NOT_ABOVE_THE_THRESHOLD ->
            errors.rejectValue(
                "floor",
                "entry.target.error.floor.low",
                new Object[] {green},
                "The floor must be above the target");
        case ALLOWED -> {}
      }
    }
    rejectMissingReason(errors, "entry.target.error.reason");
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    Aim aim =
        setAgainst.isPresent()
            ? Aim.against(setAgainst.get(), loosening.get(), standard.orElse(null))
            : Aim.of(new Target(value.get(), loosening.get(), standard.orElse(null)));
    return Optional.of(new Valid(read.get(), aim, orNull(note)));
  }

  /**
   * The benchmark chosen, with the year of its figure (the target's own when none is typed) and the
   * offset; empty, rejecting a wrong field, when none is chosen or it cannot be read.
   */
  private Optional<SetAgainst> readSetAgainst(
      Indicator indicator, Optional<Period> targetsPeriod, Errors errors) {
    if (blank(against)) {
      return Optional.empty();
    }
    Optional<Comparator> comparator =
        SetAgainst.COMPARATORS.stream().filter(c -> c.name().equals(against)).findFirst();
    if (comparator.isEmpty()) {
      errors.rejectValue("against", "entry.target.error.against", "Choose a benchmark");
    }
    Optional<Period> year = blank(againstYear) ? targetsPeriod : readYear(againstYear, indicator);
    if (year.isEmpty() && !blank(againstYear)) {
      errors.rejectValue("againstYear", "entry.target.error.againstYear", "Enter a year");
    }
    Optional<BigDecimal> by =
        blank(offset)
            ? Optional.of(BigDecimal.ZERO)
            : number("offset", offset, errors, "entry.target.error.offset");
    if (comparator.isEmpty() || year.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SetAgainst(comparator.get(), year.get(), by.get()));
  }

  /**
   * The period typed, if it is a financial year, a quarter, or a period of the indicator's own
   * kind.
   */
  Optional<Period> readPeriod(Indicator indicator) {
    return blank(period) ? Optional.empty() : readYear(period, indicator);
  }

  /**
   * A financial year, a quarter, or a period of the indicator's own kind, as typed; empty when it
   * is none of those.
   */
  private static Optional<Period> readYear(String typed, Indicator indicator) {
    try {
      Period read =
          Periods.parse(
              typed,
              indicator.frequency() == PeriodType.ACADEMIC_YEAR
                  ? PeriodType.ACADEMIC_YEAR
                  : PeriodType.FINANCIAL_YEAR);
      boolean fits =
          read.type() == PeriodType.FINANCIAL_YEAR
              || read.type() == PeriodType.FINANCIAL_QUARTER
              || read.type() == indicator.frequency();
      return fits ? Optional.of(read) : Optional.empty();
    } catch (PeriodFormatException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
