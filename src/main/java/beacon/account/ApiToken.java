package beacon.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A personal token for the API, as its owner sees it in the list: never the token itself. */
public record ApiToken(
    long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** When it was made, "24 November 2026 at 10:05". */
  public String made() {
    return WHEN.format(createdAt);
  }

  /** When it was last used; null for never. */
  public String lastUsed() {
    return lastUsedAt == null ? null : WHEN.format(lastUsedAt);
  }

  /** When it was revoked; null while in use. */
  public String revoked() {
    return revokedAt == null ? null : WHEN.format(revokedAt);
  }
}
