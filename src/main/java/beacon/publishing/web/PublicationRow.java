package beacon.publishing.web;

import beacon.publishing.PublishedPapers.Publication;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A published paper as the papers page lists it.
 *
 * @param layout the layout's name in the address, for its text: "exceptions"
 * @param portfolio the portfolio, or null for all
 */
record PublicationRow(
    String reference,
    String layout,
    String period,
    String portfolio,
    String publishedOn,
    String publishedBy) {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  static List<PublicationRow> of(List<Publication> publications) {
    return publications.stream()
        .map(
            p ->
                new PublicationRow(
                    p.reference(),
                    p.layout() == null ? "" : p.layout().urlName(),
                    p.periodLabel(),
                    p.portfolio(),
                    when(p.publishedAt()),
                    p.publishedBy()))
        .toList();
  }

  /** A moment as GOV.UK writes it: "12 September 2017 at 3:04pm". */
  static String when(Instant moment) {
    return WHEN.format(moment.atZone(UK)).replace("AM", "am").replace("PM", "pm");
  }
}
