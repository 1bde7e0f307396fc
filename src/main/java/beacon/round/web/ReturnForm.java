package beacon.round.web;

/** The form to return commentary for changes: what needs to change. */
public class ReturnForm {

  private String reason = "";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
