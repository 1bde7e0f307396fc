package beacon.national.web;

import beacon.account.SignedIn;
import beacon.web.EntryForm;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * Linking an indicator to a national measure, or ending its link: which, who and why. {@code
 * version} is the version of the indicator's link the page showed.
 */
public class NationalLinkForm implements EntryForm {

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

  /** The longest name or reason kept. */
  static final int LONGEST = 2000;

  private String measure;
  private String reason;
  private String endReason;
  private String q;
  private String period;

  /** A link names a measure the national data has, and who is making it. */
  void validateLink(Errors errors, Predicate<String> known) {
    if (EntryForm.blank(measure)) {
      errors.rejectValue("measure", "national.link.error.measure.missing");
    } else if (!known.test(measure.strip())) {
      errors.rejectValue(
          "measure", "national.link.error.measure.unknown", new Object[] {measure.strip()}, null);
    }
    validateReason(errors, "reason", reason);
  }

  /** Ending a link asks who, and why if they will say. */
  void validateEnd(Errors errors) {
    validateReason(errors, "endReason", endReason);
  }

  private static void validateReason(Errors errors, String reasonField, String reason) {
    if (reason != null && reason.length() > LONGEST) {
      errors.rejectValue(reasonField, "national.link.error.tooLong");
    }
  }

  String by() {
    return SignedIn.name();
  }

  String why() {
    return EntryForm.blank(reason) ? null : reason.strip();
  }

  String endedBy() {
    return SignedIn.name();
  }

  String whyEnded() {
    return EntryForm.blank(endReason) ? null : endReason.strip();
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }

  /** The reporting period the indicator page was showing, to go back to. */
  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
