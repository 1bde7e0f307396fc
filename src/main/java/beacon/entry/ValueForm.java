package beacon.entry;

import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import beacon.rules.value.CheckedValue;
import beacon.rules.value.GivenValue;
import beacon.rules.value.ValueField;
import beacon.rules.value.ValueLimits;
import beacon.value.IndicatorValue;
import beacon.value.NewValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
   * Checks what was typed against the indicator and the limits of a value ({@link ValueLimits}, the
   * same however a value is given), rejecting each wrong field with a message naming it.
   *
   * @param today the day by which the value's period must have ended
   * @return the value to record, when nothing was rejected
   */
  Optional<NewValue> validate(Indicator indicator, LocalDate today, Errors errors) {
    Optional<Period> read = readPeriod(indicator);
    if (read.isEmpty()) {
      errors.rejectValue(
          "period",
          "entry.value.error.period",
          new Object[] {frequencyWord(indicator), example(indicator)},
          "Enter a period");
    }
    Set<ValueField> unreadable = EnumSet.noneOf(ValueField.class);
    BigDecimal number =
        read("value", value, ValueField.VALUE, "entry.value.error.number", errors, unreadable);
    BigDecimal top =
        read(
            "numerator",
            numerator,
            ValueField.NUMERATOR,
            "entry.value.error.numerator",
            errors,
            unreadable);
    BigDecimal bottom =
        read(
            "denominator",
            denominator,
            ValueField.DENOMINATOR,
            "entry.value.error.denominator",
            errors,
            unreadable);
    Marker chosen = marker();
    if (chosen == null && !blank(marker)) {
      errors.rejectValue("marker", "entry.value.error.marker", "Choose a marker");
      unreadable.add(ValueField.MARKER);
    }
    GivenValue given = new GivenValue(read.orElse(null), number, chosen, top, bottom, unreadable);
    CheckedValue checked =
        ValueLimits.check(given, indicator.unit(), indicator.decimalPlaces(), today);
    ValueErrors.reject(errors, given, checked);
    rejectMissingReason(errors, "entry.value.error.reason");
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewValue(
            indicator.id(),
            read.get(),
            checked.figure(),
            top,
            bottom,
            provisional,
            orNull(getNote()),
            null));
  }

  /** The number typed in a field; null, noting the field as unreadable, when it is not one. */
  private static BigDecimal read(
      String field,
      String text,
      ValueField part,
      String code,
      Errors errors,
      Set<ValueField> unreadable) {
    Optional<BigDecimal> read = number(field, text, errors, code);
    if (read.isEmpty() && !blank(text)) {
      unreadable.add(part);
    }
    return read.orElse(null);
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
