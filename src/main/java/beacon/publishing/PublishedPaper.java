package beacon.publishing;

import beacon.papers.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A paper as it was published: frozen with its figures as of that moment, under a permanent
 * reference.
 *
 * @param note what the publisher said of it, or null
 */
public record PublishedPaper(
    String reference, Paper paper, Instant publishedAt, String publishedBy, String note) {

  static final ZoneId UK = ZoneId.of("Europe/London");

  /** The day it was published, in England, printed on its files. */
  public LocalDate publishedOn() {
    return publishedAt.atZone(UK).toLocalDate();
  }
}
