package beacon.national.web;

import static beacon.web.EntryForm.sent;

import beacon.web.EntryForm;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * Linking an indicator to a national measure, or ending its link: which, who and why. {@code
 * version} is the version of the indicator's link the page showed (empty for none); {@code q} what
 * the page searched for and {@code period} the reporting period the indicator page was showing, to
 * go back to.
 */
public record NationalLinkForm(
    String version, String measure, String reason, String endReason, String q, String period)
    implements EntryForm {

  /** The longest name or reason kept. */
  static final int LONGEST = 2000;

  public NationalLinkForm {
    version = sent(version);
  }

  /**
   * The form of the page searching for {@code q}, opened on the indicator's link saved now ({@code
   * null} for none).
   */
  static NationalLinkForm searching(String q, String period, Long savedVersion) {
    return new NationalLinkForm(
        savedVersion == null ? null : String.valueOf(savedVersion), null, null, null, q, period);
  }

  /** The form, as typed, opened again on the version of the link saved now. */
  NationalLinkForm reopenedOn(long savedVersion) {
    return new NationalLinkForm(
        String.valueOf(savedVersion), measure, reason, endReason, q, period);
  }

  /** A link names a measure the national data has. */
  void validateLink(Errors errors, Predicate<String> known) {
    if (EntryForm.blank(measure)) {
      errors.rejectValue("measure", "national.link.error.measure.missing");
    } else if (!known.test(measure.strip())) {
      errors.rejectValue(
          "measure", "national.link.error.measure.unknown", new Object[] {measure.strip()}, null);
    }
    validateReason(errors, "reason", reason);
  }

  /** Ending a link asks why, if they will say. */
  void validateEnd(Errors errors) {
    validateReason(errors, "endReason", endReason);
  }

  private static void validateReason(Errors errors, String reasonField, String reason) {
    if (reason != null && reason.length() > LONGEST) {
      errors.rejectValue(reasonField, "national.link.error.tooLong");
    }
  }

  String why() {
    return EntryForm.orNull(reason);
  }

  String whyEnded() {
    return EntryForm.orNull(endReason);
  }
}
