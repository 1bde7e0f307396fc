package beacon.rules.value;

import beacon.rules.period.Period;
import beacon.rules.rating.Marker;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A value as given on a form or in a file, each part as read: null when it was left empty or could
 * not be read. {@code unreadable} names the parts that were given but could not be read, whose
 * problem the reader has said already; the limits say nothing more about them.
 */
public record GivenValue(
    Period period,
    BigDecimal value,
    Marker marker,
    BigDecimal numerator,
    BigDecimal denominator,
    Set<ValueField> unreadable) {

  public GivenValue {
    unreadable = Set.copyOf(unreadable);
  }

  /** A value with every part read. */
  public static GivenValue of(
      Period period,
      BigDecimal value,
      Marker marker,
      BigDecimal numerator,
      BigDecimal denominator) {
    return new GivenValue(period, value, marker, numerator, denominator, Set.of());
  }

  boolean unreadable(ValueField field) {
    return unreadable.contains(field);
  }

  /** Whether a numerator or a denominator was given, read or not. */
  boolean hasFraction() {
    return numerator != null
        || denominator != null
        || unreadable(ValueField.NUMERATOR)
        || unreadable(ValueField.DENOMINATOR);
  }
}
