package beacon.imports;

import beacon.indicator.TargetType;
import beacon.rating.SchemeKind;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words an indicators file writes for polarity, unit, frequency and target type (in lower case,
 * single spaces), each thing's first word the one the documentation gives and a report writes back.
 */
final class IndicatorWords {

  static final Map<String, Polarity> POLARITIES =
      new Words<Polarity>()
          .of(Polarity.HIGH, "high", "good to be high", "aim to maximise", "maximise")
          .of(Polarity.LOW, "low", "good to be low", "aim to minimise", "minimise")
          .of(Polarity.NONE, "none", "no polarity", "context only")
          .of(Polarity.CLOSE, "close", "t", "good to be close to target", "stay close to target")
          .map();

  static final Map<String, Unit> UNITS =
      new Words<Unit>()
          .of(Unit.PERCENT, "percent", "percentage", "%")
          .of(Unit.NUMBER, "number", "count")
          .of(Unit.SCORE, "score")
          .of(Unit.RATE, "rate")
          .of(Unit.DAYS, "days", "day")
          .of(Unit.PER_10000, "per 10,000", "per 10000", "rate per 10,000", "rate per 10000")
          .map();

  static final Map<String, PeriodType> FREQUENCIES =
      new Words<PeriodType>()
          .of(PeriodType.MONTH, "monthly", "month")
          .of(PeriodType.FINANCIAL_QUARTER, "quarterly", "quarter", "financial quarter")
          .of(PeriodType.FINANCIAL_YEAR, "financial year")
          .of(PeriodType.ACADEMIC_YEAR, "academic year")
          .of(PeriodType.CALENDAR_YEAR, "calendar year")
          .of(PeriodType.ISO_WEEK, "weekly", "week", "iso week")
          .map();

  static final Map<String, TargetType> TARGET_TYPES =
      new Words<TargetType>()
          .of(TargetType.NATIONAL, "national")
          .of(TargetType.LOCAL, "local")
          .map();

  static final Map<String, SchemeKind> SCHEME_KINDS =
      new Words<SchemeKind>()
          .of(SchemeKind.TWO_STATE, "two state", "met or not met")
          .of(SchemeKind.RELATIVE_BAND, "relative band", "within a percentage")
          .of(SchemeKind.ABSOLUTE_BAND, "absolute band", "within points")
          .of(SchemeKind.FLOOR, "floor")
          .of(
              SchemeKind.RELATIVE_BAND_WITH_TRAVEL,
              "relative band with travel",
              "direction of travel")
          .of(SchemeKind.TARGET_RANGE, "target range", "bands both sides")
          .map();

  private IndicatorWords() {}

  /** The first word for a thing, as a report writes it: "low", "percent", "monthly". */
  static String word(Enum<?> named) {
    if (named == null) {
      return null;
    }
    for (Map<String, ?> words :
        List.of(POLARITIES, UNITS, FREQUENCIES, TARGET_TYPES, SCHEME_KINDS)) {
      for (Map.Entry<String, ?> word : words.entrySet()) {
        if (word.getValue() == named) {
          return word.getKey();
        }
      }
    }
    return named.name().toLowerCase(Locale.UK);
  }

  /** Words in order, each naming a thing. */
  private static final class Words<E> {
    private final Map<String, E> words = new LinkedHashMap<>();

    Words<E> of(E named, String... written) {
      for (String word : written) {
        words.put(word, named);
      }
      return this;
    }

    Map<String, E> map() {
      return Collections.unmodifiableMap(words);
    }
  }
}
