package beacon.round.web;

import beacon.round.EarlierDueDates;
import java.util.List;

/** Earlier due dates of a round as the page shows them. */
record EarlierRow(
    String dataDue,
    String commentaryDue,
    String setOn,
    String setBy,
    String replacedOn,
    String replacedBy,
    String reason) {

  static List<EarlierRow> of(List<EarlierDueDates> earlier) {
    return earlier.stream()
        .map(
            e ->
                new EarlierRow(
                    Dates.day(e.dueDates().dataDue()),
                    Dates.day(e.dueDates().commentaryDue()),
                    Dates.day(e.setAt()),
                    e.setBy(),
                    Dates.day(e.replacedAt()),
                    e.replacedBy(),
                    e.reason()))
        .toList();
  }
}
