package beacon.audit.web;

import beacon.audit.AuditQuery;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail's filters as a request gives them: an indicator's code, a username and a day
 * (2026-11-24); blank for any.
 */
public record AuditFilter(String indicator, String user, String day) {

  /** A filter that cannot be read: the field, and the message saying why. */
  record Problem(String field, String message, Object... arguments) {}

  /** The query the filter asks for, or the problems that stop it being read. */
  record Reading(AuditQuery query, List<Problem> problems) {

    boolean readable() {
      return problems.isEmpty();
    }
  }

  static AuditFilter of(String indicator, String user, String day) {
    return new AuditFilter(clean(indicator), clean(user), clean(day));
  }

  /** Whether any filter is set. */
  public boolean any() {
    return indicator != null || user != null || day != null;
  }

  Reading read(Organisation organisation, Indicators indicators) {
    List<Problem> problems = new ArrayList<>();
    Long indicatorId = null;
    if (indicator != null) {
      Optional<Indicator> found = indicators.withCode(organisation.id(), indicator);
      if (found.isPresent()) {
        indicatorId = found.get().id();
      } else {
        problems.add(
            new Problem("indicator", "audit.error.indicator", indicator, organisation.name()));
      }
    }
    LocalDate date = null;
    if (day != null) {
      try {
        date = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        problems.add(new Problem("day", "audit.error.day", day));
      }
    }
    return new Reading(new AuditQuery(indicatorId, user, date), List.copyOf(problems));
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
