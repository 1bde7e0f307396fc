package beacon.audit.web;

import beacon.rules.audit.Change;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit trail in the council's words, as the page, the export and the API give it. */
@Component
class AuditWords {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

  private final MessageSource messages;

  AuditWords(MessageSource messages) {
    this.messages = messages;
  }

  /** What was changed: "Value", "Target", "Indicator"... */
  String what(Change change) {
    return messages.getMessage("audit.table." + change.table(), null, change.table(), Locale.UK);
  }

  /** What the change did to it: "added", "corrected"... */
  String did(Change change) {
    return messages.getMessage("audit.kind." + change.kind().name(), null, Locale.UK);
  }

  /** A message of the audit pages. */
  String message(String code, Object... arguments) {
    return messages.getMessage(code, arguments, Locale.UK);
  }
}
