package beacon.value.web;

import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import beacon.value.IndicatorValue;
import beacon.value.NewValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The value form as sent: text as typed, read and checked by {@link #validate}. {@code version} is
 * the id of the value the form was opened on (empty for a period with none), {@code openedPeriod}
 * the code of the period it was opened for.
 */
public class ValueForm {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private String period = "";
  private String value = "";
  private String marker = "";
  private String numerator = "";
  private String denominator = "";
  private boolean provisional;
  private String note = "";
  private String recordedBy = "";
  private String reason = "";
  private String version = "";
  private String openedPeriod = "";

  /** A form opened on the value recorded now, to correct it. */
  static ValueForm correcting(IndicatorValue current, String by) {
    ValueForm form = new ValueForm();
    form.period = current.period().code();
    form.openedPeriod = current.period().code();
    form.value = current.figure().isNumber() ? Unit.plain(current.figure().number()) : "";
    form.marker = current.figure().isNumber() ? "" : current.figure().marker().name();
    form.numerator = current.numerator() == null ? "" : Unit.plain(current.numerator());
    form.denominator = current.denominator() == null ? "" : Unit.plain(current.denominator());
    form.provisional = current.provisional();
    form.note = current.note() == null ? "" : current.note();
    form.recordedBy = by;
    form.version = String.valueOf(current.id());
    return form;
  }

  /** Whether the form corrects a value already recorded. */
  public boolean isCorrecting() {
    return !blank(version);
  }

  /** The version the form was opened on; null for a new value. */
  Long expectedVersion() {
    if (!isCorrecting()) {
      return null;
    }
    try {
      return Long.valueOf(version.trim());
    } catch (NumberFormatException e) {
      return -1L; // matches no version: the form is refused as stale
    }
  }

  /**
   * Checks what was typed against the indicator, rejecting each wrong field with a message naming
   * it.
   *
   * @return the value to record, when nothing was rejected
   */
  Optional<NewValue> validate(Indicator indicator, Errors errors) {
    Optional<Period> read = readPeriod(indicator);
    if (read.isEmpty()) {
      errors.rejectValue(
          "period",
          "entry.value.error.period",
          new Object[] {frequencyWord(indicator), example(indicator)},
          "Enter a period");
    }
    Optional<BigDecimal> number = number("value", value, errors, "entry.value.error.number");
    Optional<BigDecimal> top =
        number("numerator", numerator, errors, "entry.value.error.numerator");
    Optional<BigDecimal> bottom =
        number("denominator", denominator, errors, "entry.value.error.denominator");
    Marker chosen = marker();
    if (chosen == null && !blank(marker)) {
      errors.rejectValue("marker", "entry.value.error.marker", "Choose a marker");
    }
    boolean hasFraction = !blank(numerator) || !blank(denominator);
    if (!blank(numerator) && blank(denominator) && top.isPresent()) {
      errors.rejectValue("denominator", "entry.value.error.denominator.missing", "Enter both");
    }
    if (blank(numerator) && !blank(denominator) && bottom.isPresent()) {
      errors.rejectValue("numerator", "entry.value.error.numerator.missing", "Enter both");
    }
    top.filter(n -> n.signum() < 0)
        .ifPresent(
            n -> errors.rejectValue("numerator", "entry.value.error.numerator.negative", ""));
    bottom
        .filter(n -> n.signum() < 0)
        .ifPresent(
            n -> errors.rejectValue("denominator", "entry.value.error.denominator.negative", ""));
    bottom
        .filter(n -> n.signum() == 0)
        .ifPresent(
            n -> errors.rejectValue("denominator", "entry.value.error.denominator.zero", ""));
    boolean percent = indicator.unit() == Unit.PERCENT;
    Optional<BigDecimal> figure = number;
    if (chosen != null) {
      if (!blank(value)) {
        errors.rejectValue("value", "entry.value.error.both", "Enter a value or a marker");
      } else if (hasFraction) {
        errors.rejectValue("numerator", "entry.value.error.markerWithFraction", "");
      }
    } else if (blank(value)) {
      Optional<BigDecimal> derived = derived(top, bottom, indicator);
      if (percent && derived.isPresent()) {
        figure = derived;
      } else if (!hasFraction || !errors.hasFieldErrors("denominator")) {
        errors.rejectValue("value", "entry.value.error.missing", "Enter a value or a marker");
      }
    } else if (number.isPresent()) {
      BigDecimal given = number.get();
      if (percent && (given.signum() < 0 || given.compareTo(HUNDRED) > 0)) {
        errors.rejectValue("value", "entry.value.error.percent", "Enter a percentage");
      } else if (percent) {
        derived(top, bottom, indicator)
            .filter(d -> d.compareTo(rounded(given, indicator)) != 0)
            .ifPresent(
                d ->
                    errors.rejectValue(
                        "value",
                        "entry.value.error.mismatch",
                        new Object[] {
                          Unit.plain(given) + "%",
                          Unit.plain(top.get()),
                          Unit.plain(bottom.get()),
                          Unit.plain(d) + "%"
                        },
                        "The value does not match the numerator and denominator"));
      }
    }
    if (blank(recordedBy)) {
      errors.rejectValue("recordedBy", "entry.error.name", "Enter your name");
    }
    if (isCorrecting() && blank(reason)) {
      errors.rejectValue("reason", "entry.value.error.reason", "Enter the reason");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewValue(
            indicator.id(),
            read.get(),
            chosen != null ? Figure.marked(chosen) : Figure.of(figure.get()),
            top.orElse(null),
            bottom.orElse(null),
            provisional,
            blank(note) ? null : note.strip(),
            null));
  }

  /** The period typed, if it is one of the indicator's kind. */
  Optional<Period> readPeriod(Indicator indicator) {
    if (blank(period)) {
      return Optional.empty();
    }
    try {
      Period read = Periods.parse(period, indicator.frequency());
      return read.type() == indicator.frequency() ? Optional.of(read) : Optional.empty();
    } catch (PeriodFormatException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The indicator's frequency in words, "monthly". */
  static MessageSourceResolvable frequencyWord(Indicator indicator) {
    return new DefaultMessageSourceResolvable("entry.frequency." + indicator.frequency().name());
  }

  /** An example of a period label for the indicator's frequency, "Mar 2018". */
  static MessageSourceResolvable example(Indicator indicator) {
    return new DefaultMessageSourceResolvable(
        "entry.frequency." + indicator.frequency().name() + ".example");
  }

  private Marker marker() {
    for (Marker m : Marker.values()) {
      if (m.name().equals(marker)) {
        return m;
      }
    }
    return null;
  }

  private static Optional<BigDecimal> derived(
      Optional<BigDecimal> top, Optional<BigDecimal> bottom, Indicator indicator) {
    if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        top.get()
            .multiply(HUNDRED)
            .divide(bottom.get(), indicator.decimalPlaces(), RoundingMode.HALF_UP));
  }

  private static BigDecimal rounded(BigDecimal number, Indicator indicator) {
    return number.setScale(indicator.decimalPlaces(), RoundingMode.HALF_UP);
  }

  private static Optional<BigDecimal> number(
      String field, String text, Errors errors, String code) {
    if (blank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.strip().replace(",", "").replaceFirst("%$", "")));
    } catch (NumberFormatException e) {
      errors.rejectValue(field, code, "Enter a number");
      return Optional.empty();
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getMarker() {
    return marker;
  }

  public void setMarker(String marker) {
    this.marker = marker;
  }

  public String getNumerator() {
    return numerator;
  }

  public void setNumerator(String numerator) {
    this.numerator = numerator;
  }

  public String getDenominator() {
    return denominator;
  }

  public void setDenominator(String denominator) {
    this.denominator = denominator;
  }

  public boolean isProvisional() {
    return provisional;
  }

  public void setProvisional(boolean provisional) {
    this.provisional = provisional;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getOpenedPeriod() {
    return openedPeriod;
  }

  public void setOpenedPeriod(String openedPeriod) {
    this.openedPeriod = openedPeriod;
  }
}
