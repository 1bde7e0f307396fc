package beacon.dashboard;

import beacon.rules.rating.Unit;
import beacon.value.IndicatorValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The history of an indicator's corrected values: every version, the current one marked. */
final class IndicatorPageCorrections {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private IndicatorPageCorrections() {}

  /**
   * One version of a corrected value.
   *
   * @param recordedAt as written: "23 Nov 2026, 14:05" (UK time)
   * @param current true for the version in use; false for one it superseded
   */
  record Version(
      String periodCode,
      String periodLabel,
      String display,
      String recordedBy,
      String recordedAt,
      String reason,
      boolean current) {}

  /**
   * @param versions newest recording first, as {@code IndicatorValues.correctionsFor} gives them
   */
  static List<Version> of(List<IndicatorValue> versions, Unit unit) {
    Set<String> seen = new HashSet<>();
    List<Version> history = new ArrayList<>();
    for (IndicatorValue value : versions) {
      history.add(
          new Version(
              value.period().code(),
              value.period().label(),
              value.figure().display(unit),
              value.recordedBy(),
              when(value.recordedAt()),
              value.reason(),
              seen.add(value.period().code())));
    }
    return List.copyOf(history);
  }

  /** "23 Nov 2026, 14:05" in UK time. */
  static String when(Instant instant) {
    ZonedDateTime time = instant.atZone(UK);
    return time.getDayOfMonth()
        + " "
        + time.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3)
        + " "
        + time.getYear()
        + ", "
        + String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
