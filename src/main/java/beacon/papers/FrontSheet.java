package beacon.papers;

import java.time.LocalDate;

/**
 * The front sheet of a paper taken to a committee, as the clerk sets it out: what it is, which
 * meeting it goes to, what the committee is asked to do and what the paper says in short.
 *
 * @param committee the meeting's committee: "Children's Services Overview and Scrutiny Committee";
 *     empty when not yet known
 * @param meetingDate the day of the meeting, or null when not yet known
 * @param recommendation what the committee is asked to do: "That the performance indicators be
 *     noted."
 * @param summary the summary of the report, in a few sentences
 */
public record FrontSheet(
    String title, String committee, LocalDate meetingDate, String recommendation, String summary) {

  public FrontSheet {
    title = orEmpty(title);
    committee = orEmpty(committee);
    recommendation = orEmpty(recommendation);
    summary = orEmpty(summary);
  }

  /** What a paper says before anyone writes its front sheet. */
  public static FrontSheet standard(String organisationName, String periodLabel, String portfolio) {
    String covered = portfolio == null ? "performance indicators" : portfolio + " indicators";
    return new FrontSheet(
        organisationName + ": " + covered + ", " + periodLabel,
        "",
        null,
        "That the performance indicators be noted.",
        "This report gives the latest position of the "
            + covered
            + " for "
            + periodLabel
            + ", with the rating of each against its target and the commentary of its service.");
  }

  /** This front sheet with the parts given replacing the standard ones; blank parts are kept. */
  public FrontSheet with(
      String title,
      String committee,
      LocalDate meetingDate,
      String recommendation,
      String summary) {
    return new FrontSheet(
        blank(title) ? this.title : title.strip(),
        blank(committee) ? this.committee : committee.strip(),
        meetingDate == null ? this.meetingDate : meetingDate,
        blank(recommendation) ? this.recommendation : recommendation.strip(),
        blank(summary) ? this.summary : summary.strip());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
