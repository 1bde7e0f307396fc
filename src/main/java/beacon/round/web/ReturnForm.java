package beacon.round.web;

import beacon.web.EntryForm;

/**
 * The sign-off forms: to approve the commentary shown, or to return it for changes saying what
 * needs to change. {@code version} is the version of the commentary the page showed.
 */
public class ReturnForm extends EntryForm {

  private String reason = "";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
