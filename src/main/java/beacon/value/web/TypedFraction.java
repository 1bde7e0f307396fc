package beacon.value.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The numerator and denominator typed on the value form, for a figure such as 122 of 182: read, and
 * each wrong one rejected with a message naming it.
 */
final class TypedFraction {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String numeratorText;
  private final String denominatorText;
  private final Optional<BigDecimal> numerator;
  private final Optional<BigDecimal> denominator;

  private TypedFraction(String numeratorText, String denominatorText, Errors errors) {
    this.numeratorText = numeratorText;
    this.denominatorText = denominatorText;
    this.numerator =
        EntryForm.number("numerator", numeratorText, errors, "entry.value.error.numerator");
    this.denominator =
        EntryForm.number("denominator", denominatorText, errors, "entry.value.error.denominator");
  }

  /** Reads the two fields, rejecting one that is not a number. */
  static TypedFraction read(String numerator, String denominator, Errors errors) {
    return new TypedFraction(numerator, denominator, errors);
  }

  /** Rejects one given without the other, one below 0, and a denominator of 0. */
  void check(Errors errors) {
    if (!EntryForm.blank(numeratorText)
        && EntryForm.blank(denominatorText)
        && numerator.isPresent()) {
      errors.rejectValue("denominator", "entry.value.error.denominator.missing", "Enter both");
    }
    if (EntryForm.blank(numeratorText)
        && !EntryForm.blank(denominatorText)
        && denominator.isPresent()) {
      errors.rejectValue("numerator", "entry.value.error.numerator.missing", "Enter both");
    }
    numerator
        .filter(n -> n.signum() < 0)
        .ifPresent(
            n -> errors.rejectValue("numerator", "entry.value.error.numerator.negative", ""));
    denominator
        .filter(n -> n.signum() < 0)
        .ifPresent(
            n -> errors.rejectValue("denominator", "entry.value.error.denominator.negative", ""));
    denominator
        .filter(n -> n.signum() == 0)
        .ifPresent(
            n -> errors.rejectValue("denominator", "entry.value.error.denominator.zero", ""));
  }

  /** Whether anything was typed in either field. */
  boolean isTyped() {
    return !EntryForm.blank(numeratorText) || !EntryForm.blank(denominatorText);
  }

  /** The percentage the two make, to the decimal places given; empty when they make none. */
  Optional<BigDecimal> percentage(int decimalPlaces) {
    if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        numerator
            .get()
            .multiply(HUNDRED)
            .divide(denominator.get(), decimalPlaces, RoundingMode.HALF_UP));
  }

  Optional<BigDecimal> numerator() {
    return numerator;
  }

  Optional<BigDecimal> denominator() {
    return denominator;
  }
}
