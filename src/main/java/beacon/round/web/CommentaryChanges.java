package beacon.round.web;

import beacon.commentary.Commentary;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What changed in commentary between the version an approver read and the one saved now, in words:
 * "the commentary and the improvement actions changed, and it is now Submitted".
 */
@Component
class CommentaryChanges {

  private final MessageSource messages;

  CommentaryChanges(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * @param opened the version read; null when it is not known, so only the state now is said
   */
  String describe(Commentary opened, Commentary now) {
    String state = text("entry.commentary.state." + now.state().name());
    if (opened == null) {
      return text("round.approve.changed.state", state);
    }
    List<String> parts =
        now.changedFrom(opened).stream()
            .map(part -> text("round.approve.changed." + part.name()))
            .toList();
    boolean stateChanged = now.state() != opened.state();
    if (parts.isEmpty()) {
      return stateChanged
          ? text("round.approve.changed.state", state)
          : text("round.approve.changed.nothing");
    }
    String changed = text("round.approve.changed.parts", joined(parts));
    return stateChanged ? text("round.approve.changed.partsAndState", changed, state) : changed;
  }

  /** "a", "a and b", "a, b and c". */
  private String joined(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return text(
        "round.approve.changed.and",
        String.join(", ", parts.subList(0, parts.size() - 1)),
        parts.get(parts.size() - 1));
  }

  private String text(String code, Object... arguments) {
    return messages.getMessage(code, arguments, Locale.UK);
  }
}
