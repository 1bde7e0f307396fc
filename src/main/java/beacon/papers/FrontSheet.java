package beacon.papers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The front matter of a paper taken to a committee, as the clerk sets it out (Wokingham's committee
 * report, seed 004, and Buckinghamshire's report to Cabinet, seed 003): what it is, which meeting
 * it goes to, who answers for it and whom to ask, what the committee is asked to do and why, what
 * it costs, and what else was read. A council keeps one for each layout; a paper may change any
 * part of it for its meeting. Every part but the title may be empty, and an empty part is not
 * printed.
 *
 * @param committee the meeting's committee: "Children's Services Overview and Scrutiny Committee"
 * @param meetingDate the day of the meeting, or null when not yet known
 * @param agendaItem where it stands on the agenda: "Agenda item 7", "Appendix A"
 * @param wards the wards or divisions affected: "None Specific", "(All Electoral Divisions)"
 * @param strategicDirector "Judith Ramsden, Director of People Services"
 * @param author who brings the report: "Cabinet Member for Children's Services"
 * @param contactOfficer whom to ask about it: "Caroline McKenna"
 * @param service the contact officer's service: "People Services"
 * @param portfolioAreas the portfolio areas affected: "Children's Services"
 * @param outcome the outcome or benefits to the community
 * @param recommendation what the committee is asked to do: "That the performance indicators be
 *     noted."
 * @param summary the summary of the report, in a few sentences
 * @param background what led to it
 * @param financialImplications the financial implications of the recommendation
 * @param crossCouncilImplications what it means for the rest of the council
 * @param backgroundPapers the list of background papers: "None"
 * @param reportDate the day the report was written, or null
 * @param versionNumber the report's version: "1"
 */
public record FrontSheet(
    String title,
    String committee,
    LocalDate meetingDate,
    String agendaItem,
    String wards,
    String strategicDirector,
    String author,
    String contactOfficer,
    String telephone,
    String email,
    String service,
    String portfolioAreas,
    String outcome,
    String recommendation,
    String summary,
    String background,
    String financialImplications,
    String crossCouncilImplications,
    String backgroundPapers,
    LocalDate reportDate,
    String versionNumber) {

  /** The label of the part that names the paper, as seed 004 prints it. */
  static final String TITLE = "TITLE";

  /** A part of the front sheet as printed: its label ("WARD") and what it says. */
  public record Part(String label, String text) {

    /** What it says, a paragraph for each run of lines between blank lines. */
    public List<String> paragraphs() {
      return Arrays.stream(text.split("\\n\\s*\\n"))
          .map(String::strip)
          .filter(paragraph -> !paragraph.isEmpty())
          .toList();
    }
  }

  public FrontSheet {
    title = orEmpty(title);
    committee = orEmpty(committee);
    agendaItem = orEmpty(agendaItem);
    wards = orEmpty(wards);
    strategicDirector = orEmpty(strategicDirector);
    author = orEmpty(author);
    contactOfficer = orEmpty(contactOfficer);
    telephone = orEmpty(telephone);
    email = orEmpty(email);
    service = orEmpty(service);
    portfolioAreas = orEmpty(portfolioAreas);
    outcome = orEmpty(outcome);
    recommendation = orEmpty(recommendation);
    summary = orEmpty(summary);
    background = orEmpty(background);
    financialImplications = orEmpty(financialImplications);
    crossCouncilImplications = orEmpty(crossCouncilImplications);
    backgroundPapers = orEmpty(backgroundPapers);
    versionNumber = orEmpty(versionNumber);
  }

  /** The parts a paper chooses for its meeting; every other part empty. */
  public FrontSheet(
      String title,
      String committee,
      LocalDate meetingDate,
      String recommendation,
      String summary) {
    this(
        title,
        committee,
        meetingDate,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        recommendation,
        summary,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A front sheet with nothing in it, for a council that has kept none. */
  public static FrontSheet empty() {
    return new FrontSheet(null, null, null, null, null);
  }

  /**
   * What a paper says before anyone writes its front sheet: a title naming the council and the
   * period, and for a committee summary, the usual recommendation and summary.
   */
  public static FrontSheet standard(
      Layout layout, String organisationName, String periodLabel, String portfolio) {
    String covered = portfolio == null ? "performance indicators" : portfolio + " indicators";
    if (layout != Layout.COMMITTEE_SUMMARY) {
      return new FrontSheet(
          "Performance report: " + organisationName + ", " + periodLabel, null, null, null, null);
    }
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
    return overriddenBy(new FrontSheet(title, committee, meetingDate, recommendation, summary));
  }

  /** This front sheet with every part the other one fills replacing this one's. */
  public FrontSheet overriddenBy(FrontSheet other) {
    return new FrontSheet(
        pick(other.title, title),
        pick(other.committee, committee),
        other.meetingDate == null ? meetingDate : other.meetingDate,
        pick(other.agendaItem, agendaItem),
        pick(other.wards, wards),
        pick(other.strategicDirector, strategicDirector),
        pick(other.author, author),
        pick(other.contactOfficer, contactOfficer),
        pick(other.telephone, telephone),
        pick(other.email, email),
        pick(other.service, service),
        pick(other.portfolioAreas, portfolioAreas),
        pick(other.outcome, outcome),
        pick(other.recommendation, recommendation),
        pick(other.summary, summary),
        pick(other.background, background),
        pick(other.financialImplications, financialImplications),
        pick(other.crossCouncilImplications, crossCouncilImplications),
        pick(other.backgroundPapers, backgroundPapers),
        other.reportDate == null ? reportDate : other.reportDate,
        pick(other.versionNumber, versionNumber));
  }

  /** "Children's Services Overview and Scrutiny Committee on 12 September 2017", or less. */
  public String meeting() {
    String day = meetingDate == null ? "" : PaperHtml.DAY.format(meetingDate);
    if (committee.isEmpty()) {
      return day.isEmpty() ? "" : "The meeting on " + day;
    }
    return day.isEmpty() ? committee : committee + " on " + day;
  }

  /** The table the front sheet opens with, as seed 004 labels it, with only the parts filled. */
  public List<Part> opening() {
    List<Part> parts = new ArrayList<>();
    add(parts, TITLE, title);
    add(parts, "FOR CONSIDERATION BY", meeting());
    add(parts, "AGENDA ITEM", agendaItem);
    add(parts, "WARD", wards);
    add(parts, "STRATEGIC DIRECTOR", strategicDirector);
    add(parts, "AUTHOR", author);
    if (!closesWithContact()) {
      add(
          parts,
          "CONTACT OFFICER",
          String.join(", ", nonEmpty(contactOfficer, service, telephone, email)));
    }
    add(parts, "PORTFOLIO AREAS AFFECTED", portfolioAreas);
    return parts;
  }

  /** The headed parts before the paper's indicators, with only those filled. */
  public List<Part> before() {
    List<Part> parts = new ArrayList<>();
    add(parts, "OUTCOME / BENEFITS TO THE COMMUNITY", outcome);
    add(parts, "RECOMMENDATION", recommendation);
    add(parts, "SUMMARY OF REPORT", summary);
    add(parts, "Background", background);
    return parts;
  }

  /** The headed parts after the paper's indicators, with only those filled. */
  public List<Part> after() {
    List<Part> parts = new ArrayList<>();
    add(parts, "FINANCIAL IMPLICATIONS OF THE RECOMMENDATION", financialImplications);
    add(parts, "Cross-Council Implications", crossCouncilImplications);
    add(parts, "List of Background Papers", backgroundPapers);
    return parts;
  }

  /**
   * The closing box of whom to contact, beside the report's date and version, as seed 004 ends;
   * empty for a front sheet with neither date nor version, which names its contact officer in its
   * opening table instead, as seed 003 does.
   */
  public List<Part> contact() {
    List<Part> parts = new ArrayList<>();
    if (!closesWithContact()) {
      return parts;
    }
    add(parts, "Contact", contactOfficer);
    add(parts, "Service", service);
    add(parts, "Telephone No", telephone);
    add(parts, "Email", email);
    add(parts, "Date", reportDate == null ? "" : PaperHtml.DAY.format(reportDate));
    add(parts, "Version No.", versionNumber);
    return parts;
  }

  private boolean closesWithContact() {
    return reportDate != null || !versionNumber.isBlank();
  }

  private static void add(List<Part> parts, String label, String text) {
    if (!text.isBlank()) {
      parts.add(new Part(label, text));
    }
  }

  private static List<String> nonEmpty(String... texts) {
    List<String> kept = new ArrayList<>();
    for (String text : texts) {
      if (!text.isBlank()) {
        kept.add(text);
      }
    }
    return kept;
  }

  private static String pick(String chosen, String otherwise) {
    return chosen == null || chosen.isBlank() ? otherwise : chosen.strip();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
