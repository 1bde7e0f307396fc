package beacon.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When something was saved, as a person says it in England: "at 14:05" today, "at 14:05 on 3 May
 * 2024" before.
 */
public final class SavedAt {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private SavedAt() {}

  public static String describe(Instant saved, Instant now) {
    ZonedDateTime at = saved.atZone(ENGLAND);
    String time = "at " + TIME.format(at);
    return at.toLocalDate().equals(now.atZone(ENGLAND).toLocalDate())
        ? time
        : time + " on " + DAY.format(at);
  }

  /** The day, "3 May 2024". */
  public static String day(Instant saved) {
    return DAY.format(saved.atZone(ENGLAND));
  }
}
