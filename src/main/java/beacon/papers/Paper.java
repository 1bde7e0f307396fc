package beacon.papers;

import beacon.rules.narrative.CountsInWords;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecard;
import beacon.web.PeriodView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A committee paper: an organisation's indicators for a reporting period, or one portfolio's, in a
 * layout's sections.
 *
 * @param portfolio the portfolio the paper covers; null for all
 * @param columnHeadings the headings of a scorecard's five quarter columns: "Mar 2017", "Q1 Jun
 *     2017" ...
 * @param descriptions what a group stands for, printed under its heading, by the group's heading: a
 *     scorecard's priority "Safeguard vulnerable children; keep children in their own home ..."
 */
public record Paper(
    Layout layout,
    Scorecard.OrganisationView organisation,
    PeriodView period,
    String portfolio,
    FrontSheet frontSheet,
    List<String> columnHeadings,
    List<PaperLine> lines,
    Map<String, String> descriptions) {

  public Paper {
    descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
  }

  /** A paper whose groups say nothing of what they stand for. */
  public Paper(
      Layout layout,
      Scorecard.OrganisationView organisation,
      PeriodView period,
      String portfolio,
      FrontSheet frontSheet,
      List<String> columnHeadings,
      List<PaperLine> lines) {
    this(layout, organisation, period, portfolio, frontSheet, columnHeadings, lines, Map.of());
  }

  /** This paper under another front sheet. */
  public Paper withFrontSheet(FrontSheet sheet) {
    return new Paper(
        layout, organisation, period, portfolio, sheet, columnHeadings, lines, descriptions);
  }

  /**
   * The heading of a scorecard's commentary column: "Q4 2017/18 Commentary", or with the committee
   * the paper goes to, in capitals as Buckinghamshire's Cabinet scorecard prints it: "Q4 2017/18
   * CABINET Commentary".
   */
  public String commentaryHeading() {
    String committee = frontSheet.committee().isBlank() ? "" : " " + frontSheet.committee();
    return period.label() + committee.toUpperCase(Locale.UK) + " Commentary";
  }

  /**
   * The table the paper's front sheet opens with: a committee summary's names its title, as seed
   * 004's does; every other layout's title is its heading already.
   */
  public List<FrontSheet.Part> frontOpening() {
    return frontSheet.opening().stream()
        .filter(
            part -> layout == Layout.COMMITTEE_SUMMARY || !part.label().equals(FrontSheet.TITLE))
        .toList();
  }

  /**
   * The reporting period as a council's analysis of issues writes it, year first: "17/18 Q1" (seed
   * 004's "In 17/18 Q1 there are three red indicators ..."); a period not a quarter by its label.
   */
  public String periodYearFirst() {
    Period reporting = Periods.fromCode(period.code());
    return reporting instanceof FinancialQuarter quarter
        ? quarter.yearFirstLabel()
        : period.label();
  }

  /** The ratings in words: "three red indicators, four amber indicators and six green ...". */
  public String countsInWords() {
    return CountsInWords.ratings(count(Rag.RED), count(Rag.AMBER), count(Rag.GREEN));
  }

  /** The lines under their headings, in the paper's order; a heading with no line is left out. */
  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    for (PaperLine line : lines) {
      Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      if (last == null
          || !last.group().equals(line.group())
          || !last.section().equals(line.section())) {
        boolean newGroup = last == null || !last.group().equals(line.group());
        sections.add(
            new Section(
                line.group(),
                newGroup,
                descriptions.getOrDefault(line.group(), ""),
                line.section(),
                new ArrayList<>()));
      }
      sections.get(sections.size() - 1).lines().add(line);
    }
    return sections;
  }

  /**
   * The lines under one heading.
   *
   * @param startsGroup true for the first section of its group, where the group's heading goes
   * @param description what the group stands for, or empty
   */
  public record Section(
      String group,
      boolean startsGroup,
      String description,
      String section,
      List<PaperLine> lines) {}

  private int count(Rag rag) {
    return (int) lines.stream().filter(line -> line.rag() == rag).count();
  }
}
