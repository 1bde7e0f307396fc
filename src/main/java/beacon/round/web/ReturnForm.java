package beacon.round.web;

import beacon.web.EntryForm;

/**
 * The sign-off forms: to approve the commentary shown, or to return it for changes saying what
 * needs to change. {@code version} is the version of the commentary the page showed.
 */
public class ReturnForm implements EntryForm {

  private String version = "";

  @Override
  public String version() {
    return version;
  }

  /** The form opened again on the version saved now. */
  public void reopenOn(long savedVersion) {
    version = String.valueOf(savedVersion);
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  private String reason = "";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
