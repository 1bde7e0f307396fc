package beacon.round.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK pages write them: "14 April 2023". */
final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String day(Instant instant) {
    return DAY.format(instant.atZone(ZoneId.of("Europe/London")));
  }
}
