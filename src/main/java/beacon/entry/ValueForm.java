package beacon.entry;

import static beacon.web.EntryForm.blank;
import static beacon.web.EntryForm.number;
import static beacon.web.EntryForm.orNull;
import static beacon.web.EntryForm.sent;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The value form as sent: text as typed, read and checked by {@link #validate}. {@code version} is
 * the id of the value the form was opened on (empty for a period with none), {@code openedPeriod}
 * the code of the period it was opened for. A field not sent is empty.
 */
public record ValueForm(
    String version,
    String period,
    String openedPeriod,
    String note,
    String reason,
    String value,
    String marker,
    String numerator,
    String denominator,
    String provisional)
    implements PeriodEntryForm {

  /** What a ticked box sends, and what a request made by hand may send for it. */
  private static final Set<String> PROVISIONAL = Set.of("true", "on", "yes", "1");

  public ValueForm {
    version = sent(version);
    period = sent(period);
    openedPeriod = sent(openedPeriod);
    note = sent(note);
    reason = sent(reason);
    value = sent(value);
    marker = sent(marker);
    numerator = sent(numerator);
    denominator = sent(denominator);
    provisional = sent(provisional);
  }

  /** A form opened for no period in particular. */
  static ValueForm empty() {
    return new ValueForm(null, null, null, null, null, null, null, null, null, null);
  }

  /** A form opened for a period that has nothing recorded yet. */
  static ValueForm opening(Period opened) {
    return new ValueForm(
        null, opened.label(), opened.code(), null, null, null, null, null, null, null);
  }

  /** A form opened on the value recorded now, to correct it. */
  static ValueForm correcting(IndicatorValue current) {
    return new ValueForm(
            null,
            null,
            null,
            current.note(),
            null,
            current.figure().isNumber() ? Unit.plain(current.figure().number()) : null,
            current.figure().isNumber() ? null : current.figure().marker().name(),
            current.numerator() == null ? null : Unit.plain(current.numerator()),
            current.denominator() == null ? null : Unit.plain(current.denominator()),
            current.provisional() ? "true" : null)
        .reopenedOn(current.id(), current.period());
  }

  /** The form, as typed, opened again on the version saved now for its period. */
  ValueForm reopenedOn(long savedVersion, Period saved) {
    return new ValueForm(
        String.valueOf(savedVersion),
        saved.code(),
        saved.code(),
        note,
        reason,
        value,
        marker,
        numerator,
        denominator,
        provisional);
  }

  /** Whether the value is ticked as provisional: the box sends "true" when it is. */
  boolean isMarkedProvisional() {
    return PROVISIONAL.contains(provisional.strip().toLowerCase(Locale.ROOT));
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
    Marker chosen = chosenMarker();
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
            isMarkedProvisional(),
            orNull(note),
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

  private Marker chosenMarker() {
    for (Marker m : Marker.values()) {
      if (m.name().equals(marker)) {
        return m;
      }
    }
    return null;
  }
}
