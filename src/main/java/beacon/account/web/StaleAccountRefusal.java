package beacon.account.web;

import beacon.account.AccountHistory.LaterChanges;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The refusal of an account's form opened before someone else changed the account: who changed
 * what, and when ("Ann Admin changed its role and sign-in at 14:05"), and that nothing was saved.
 */
@Component
class StaleAccountRefusal {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSource messages;

  StaleAccountRefusal(MessageSource messages) {
    this.messages = messages;
  }

  void reject(Errors errors, LaterChanges changes) {
    if (!changes.isKnown()) {
      errors.reject("accounts.error.staleUnknown");
      return;
    }
    String who = inWords(changes.by());
    String when = when(changes.lastAt(), Instant.now());
    if (changes.what().isEmpty()) {
      errors.reject("accounts.error.staleWho", new Object[] {who, when}, null);
    } else {
      List<String> what =
          changes.what().stream()
              .map(code -> messages.getMessage("accounts.changed." + code, null, Locale.UK))
              .toList();
      errors.reject("accounts.error.stale", new Object[] {who, inWords(what), when}, null);
    }
  }

  /** "a", "a and b", "a, b and c". */
  private String inWords(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = messages.getMessage("accounts.changed.and", null, Locale.UK);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + and
        + " "
        + items.get(items.size() - 1);
  }

  /** "at 14:05" today, "at 14:05 on 3 May 2025" before. */
  private String when(Instant at, Instant now) {
    ZonedDateTime time = at.atZone(ENGLAND);
    Object[] arguments = {TIME.format(time), DAY.format(time)};
    String code =
        time.toLocalDate().equals(now.atZone(ENGLAND).toLocalDate())
            ? "accounts.changed.at"
            : "accounts.changed.atOn";
    return messages.getMessage(code, arguments, Locale.UK);
  }
}
