package beacon.papers;

import beacon.rules.period.LagNote;
import beacon.rules.period.Periods;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import beacon.scorecard.ScorecardLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Puts a scorecard's lines in the sections and order of a paper's layout, numbered as the councils
 * number them: within each section, or on through a scorecard.
 */
public final class PaperSections {

  static final String GOOD = "Key areas of good performance";
  static final String LOWER = "All areas of lower than expected performance (Red or Amber)";
  private static final List<Rag> WORST_FIRST =
      List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NOT_RATED);

  private PaperSections() {}

  /**
   * The lines of a paper, in its sections.
   *
   * <p>The exceptions layout lists, per portfolio, its Green indicators, then its Red and Amber
   * ones, the Red first; the committee summary lists the Red, then the Amber, then the Green ones.
   * As in the councils' papers, neither lists indicators not rated. The other layouts list every
   * line.
   *
   * @param history the earlier values of an indicator, by its code
   * @param words the council's words for ratings, for the headings
   */
  public static List<PaperLine> of(
      Layout layout,
      List<ScorecardLine> lines,
      Function<String, PaperHistory.Line> history,
      RagWords words) {
    List<PaperLine> paper = new ArrayList<>();
    switch (layout) {
      case EXCEPTIONS -> {
        for (Map.Entry<String, List<ScorecardLine>> portfolio :
            grouped(lines, PaperSections::portfolioHeading).entrySet()) {
          String heading = portfolio.getKey();
          add(
              layout,
              paper,
              heading,
              GOOD,
              portfolio.getValue(),
              line -> line.rag() == Rag.GREEN,
              history);
          add(
              layout,
              paper,
              heading,
              LOWER,
              redsFirst(portfolio.getValue()),
              line -> line.rag() == Rag.RED || line.rag() == Rag.AMBER,
              history);
        }
      }
      case SCORECARD -> {
        int numbered = 0;
        for (Map.Entry<String, List<ScorecardLine>> priority :
            grouped(lines, line -> orNone(line.priority(), "No priority")).entrySet()) {
          for (Map.Entry<String, List<ScorecardLine>> theme :
              grouped(priority.getValue(), line -> orNone(line.theme(), "No theme")).entrySet()) {
            numbered =
                add(
                    layout,
                    paper,
                    priority.getKey(),
                    theme.getKey(),
                    theme.getValue(),
                    line -> true,
                    history,
                    layout.numbersAcrossThePaper() ? numbered : 0);
          }
        }
      }
      case INDICATOR_BLOCKS -> {
        for (Map.Entry<String, List<ScorecardLine>> portfolio :
            grouped(lines, PaperSections::portfolioHeading).entrySet()) {
          String name = orNone(portfolio.getValue().get(0).portfolio(), "No portfolio");
          for (Rag rag : WORST_FIRST) {
            add(
                layout,
                paper,
                portfolio.getKey(),
                name + " " + words.word(rag).toUpperCase(Locale.UK),
                portfolio.getValue(),
                line -> line.rag() == rag,
                history);
          }
        }
      }
      case COMMITTEE_SUMMARY -> {
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN)) {
          add(layout, paper, "", rag.word(), lines, line -> line.rag() == rag, history);
        }
      }
    }
    return List.copyOf(paper);
  }

  /** The lines with the Red ones first, each otherwise in its catalogue order. */
  private static List<ScorecardLine> redsFirst(List<ScorecardLine> lines) {
    return lines.stream()
        .sorted(Comparator.comparing((ScorecardLine line) -> line.rag() != Rag.RED))
        .toList();
  }

  private static Map<String, List<ScorecardLine>> grouped(
      List<ScorecardLine> lines, Function<ScorecardLine, String> heading) {
    return lines.stream()
        .collect(Collectors.groupingBy(heading, LinkedHashMap::new, Collectors.toList()));
  }

  private static void add(
      Layout layout,
      List<PaperLine> paper,
      String group,
      String section,
      List<ScorecardLine> lines,
      Predicate<ScorecardLine> included,
      Function<String, PaperHistory.Line> history) {
    add(layout, paper, group, section, lines, included, history, 0);
  }

  /**
   * Adds the lines of a section, numbered on from {@code numberedBefore}.
   *
   * @return the number of the section's last line
   */
  private static int add(
      Layout layout,
      List<PaperLine> paper,
      String group,
      String section,
      List<ScorecardLine> lines,
      Predicate<ScorecardLine> included,
      Function<String, PaperHistory.Line> history,
      int numberedBefore) {
    int number = numberedBefore;
    for (ScorecardLine line : lines) {
      if (included.test(line)) {
        paper.add(
            paperLine(
                group,
                section,
                ++number,
                line,
                history.apply(line.code()),
                layout.opensCommentaryWithDefinition()));
      }
    }
    return number;
  }

  /**
   * @param definition whether the commentary opens with the indicator's definition
   */
  static PaperLine paperLine(
      String group,
      String section,
      int number,
      ScorecardLine line,
      PaperHistory.Line history,
      boolean definition) {
    var value = line.value();
    var target = line.target();
    var commentary = line.commentary();
    return new PaperLine(
        group,
        section,
        number,
        line.code(),
        line.title(),
        line.aimTo(),
        line.dataPeriod(),
        target == null ? null : target.target(),
        target == null ? "" : target.display(),
        value == null ? null : value.value(),
        value == null ? "" : value.display(),
        value == null || value.period() == null ? "" : value.period().label(),
        value != null && value.behindReportingPeriod() && value.period() != null
            ? LagNote.of(Periods.fromCode(value.period().code()), line.lagMonths())
            : null,
        line.rag(),
        benchmarks(line),
        definition ? line.definition() : null,
        commentary == null ? List.of() : commentary.paragraphs(),
        commentary == null ? List.of() : commentary.improvementActions(),
        line.unit(),
        history.columns(),
        history.trend(),
        line.frequency());
  }

  /** The benchmarks as the paper typed them, or as recorded: "South East 22%, England 19%". */
  static String benchmarks(ScorecardLine line) {
    if (line.benchmarkText() != null && !line.benchmarkText().isBlank()) {
      return line.benchmarkText();
    }
    return line.benchmarks().stream()
        .map(benchmark -> benchmark.name() + " " + benchmark.display())
        .collect(Collectors.joining(", "));
  }

  private static String portfolioHeading(ScorecardLine line) {
    String portfolio = orNone(line.portfolio(), "No portfolio");
    return line.cabinetMember() == null || line.cabinetMember().isBlank()
        ? portfolio
        : portfolio + " - " + line.cabinetMember();
  }

  private static String orNone(String name, String none) {
    return name == null || name.isBlank() ? none : name;
  }
}
