package beacon.round.web;

import static beacon.web.EntryForm.sent;

import beacon.web.EntryForm;

/**
 * The sign-off forms: to approve the commentary shown, or to return it for changes saying what
 * needs to change. {@code version} is the version of the commentary the page showed. A field not
 * sent is empty.
 */
public record ReturnForm(String version, String reason) implements EntryForm {

  public ReturnForm {
    version = sent(version);
    reason = sent(reason);
  }

  /** The form opened on the commentary saved now, or on none ({@code null}). */
  static ReturnForm openedOn(Long savedVersion) {
    return new ReturnForm(savedVersion == null ? null : String.valueOf(savedVersion), null);
  }

  /** The form, as typed, opened again on the version of the commentary saved now. */
  ReturnForm reopenedOn(long savedVersion) {
    return new ReturnForm(String.valueOf(savedVersion), reason);
  }
}
