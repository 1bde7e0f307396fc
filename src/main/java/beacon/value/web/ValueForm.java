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
public class ValueForm extends PeriodEntryForm {

  private String value = "";
  private String marker = "";
  private String numerator = "";
  private String denominator = "";
  private boolean provisional;

  /** A form opened on the value recorded now, to correct it. */
  static ValueForm correcting(IndicatorValue current) {
    ValueForm form = new ValueForm();
    form.reopenOn(current.id(), current.period());
    form.value = current.figure().isNumber() ? Unit.plain(current.figure().number()) : "";
    form.marker = current.figure().isNumber() ? "" : current.figure().marker().name();
    form.numerator = current.numerator() == null ? "" : Unit.plain(current.numerator());
    form.denominator = current.denominator() == null ? "" : Unit.plain(current.denominator());
    form.provisional = current.provisional();
    form.setNote(current.note() == null ? "" : current.note());
    return form;
  }

  /** Whether the form corrects a value already recorded. */
  public boolean isCorrecting() {
    return isReplacing();
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
    TypedFraction fraction = TypedFraction.read(numerator, denominator, errors);
    Marker chosen = marker();
    if (chosen == null && !blank(marker)) {
      errors.rejectValue("marker", "entry.value.error.marker", "Choose a marker");
    }
    fraction.check(errors);
    boolean percent = indicator.unit() == Unit.PERCENT;
    Optional<BigDecimal> figure = number;
    if (chosen != null) {
      if (!blank(value)) {
        errors.rejectValue("value", "entry.value.error.both", "Enter a value or a marker");
      } else if (fraction.isTyped()) {
        errors.rejectValue("numerator", "entry.value.error.markerWithFraction", "");
      }
    } else if (blank(value)) {
      Optional<BigDecimal> derived = fraction.percentage(indicator.decimalPlaces());
      if (percent && derived.isPresent()) {
        figure = derived;
      } else if (!fraction.isTyped() || !errors.hasFieldErrors("denominator")) {
        errors.rejectValue("value", "entry.value.error.missing", "Enter a value or a marker");
      }
    } else if (number.isPresent()) {
      BigDecimal given = number.get();
      if (percent && !isPercentage(given)) {
        errors.rejectValue("value", "entry.value.error.percent", "Enter a percentage");
      } else if (percent) {
        fraction
            .percentage(indicator.decimalPlaces())
            .filter(d -> d.compareTo(rounded(given, indicator)) != 0)
            .ifPresent(
                d ->
                    errors.rejectValue(
                        "value",
                        "entry.value.error.mismatch",
                        new Object[] {
                          Unit.plain(given) + "%",
                          Unit.plain(fraction.numerator().get()),
                          Unit.plain(fraction.denominator().get()),
                          Unit.plain(d) + "%"
                        },
                        "The value does not match the numerator and denominator"));
      }
    }
    rejectMissingReason(errors, "entry.value.error.reason");
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewValue(
            indicator.id(),
            read.get(),
            chosen != null ? Figure.marked(chosen) : Figure.of(figure.get()),
            fraction.numerator().orElse(null),
            fraction.denominator().orElse(null),
            provisional,
            orNull(getNote()),
            null));
  }

  /** The period typed, if it is one of the indicator's kind. */
  Optional<Period> readPeriod(Indicator indicator) {
    if (blank(getPeriod())) {
      return Optional.empty();
    }
    try {
      Period read = Periods.parse(getPeriod(), indicator.frequency());
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

  private static BigDecimal rounded(BigDecimal number, Indicator indicator) {
    return number.setScale(indicator.decimalPlaces(), RoundingMode.HALF_UP);
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
}
