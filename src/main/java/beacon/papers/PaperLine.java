package beacon.papers;

import beacon.rules.period.PeriodType;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import beacon.trend.TrendChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One indicator as a paper prints it, in the paper's order.
 *
 * @param group the larger heading it stands under, if the layout has one: "Children's Services
 *     Portfolio - Cllr Warren Whyte"; empty when it has none
 * @param section the heading within the group: "Key areas of good performance"
 * @param number its number within the section, from 1
 * @param value the value as printed: "51%", "New Definition"
 * @param valuePeriod the label of the value's own period: "Sep 2018"
 * @param lagNote said when the value's period ended before the reporting period began: "This result
 *     is for the academic year 2016/17 because the data runs one year behind."
 * @param benchmarks as printed: "Statistical Neighbours 81%, South East 84%, England 83%"
 * @param definition what the indicator measures, where the layout opens its commentary with it;
 *     null where it does not
 * @param columns the values of a scorecard's five quarter columns, oldest first
 * @param trend the values of an indicator block's trend, oldest first
 * @param frequency how often the indicator is reported, which heads its trend ("Quarter")
 */
public record PaperLine(
    String group,
    String section,
    int number,
    String code,
    String measure,
    String aimTo,
    String dataPeriod,
    BigDecimal targetNumber,
    String target,
    BigDecimal valueNumber,
    String value,
    String valuePeriod,
    String lagNote,
    Rag rag,
    String benchmarks,
    String definition,
    List<String> commentary,
    List<String> improvementActions,
    Unit unit,
    List<RecentValue> columns,
    List<RecentValue> trend,
    PeriodType frequency) {

  /** A line read from a paper kept before its frequency was: told from its trend's labels. */
  public PaperLine {
    if (frequency == null) {
      frequency = frequencyOf(trend);
    }
  }

  private static final Pattern QUARTER_LABEL = Pattern.compile("Q\\d .*");
  private static final Pattern MONTH_LABEL = Pattern.compile("[A-Z][a-z]+ \\d{4}");

  private static PeriodType frequencyOf(List<RecentValue> trend) {
    if (trend == null || trend.isEmpty() || QUARTER_LABEL.matcher(trend.get(0).label()).matches()) {
      return PeriodType.FINANCIAL_QUARTER;
    }
    return MONTH_LABEL.matcher(trend.get(0).label()).matches()
        ? PeriodType.MONTH
        : PeriodType.ACADEMIC_YEAR;
  }

  /**
   * The commentary as the paper prints it: the indicator's definition first where the layout opens
   * with it, as Buckinghamshire's papers do ("This indicator measures the proportion of ..."), then
   * the paragraphs written for the period. A first paragraph that is the definition already is not
   * printed twice.
   */
  public List<String> commentaryAsPrinted() {
    if (definition == null
        || definition.isBlank()
        || (!commentary.isEmpty()
            && commentary.get(0).strip().equalsIgnoreCase(definition.strip()))) {
      return commentary;
    }
    List<String> printed = new ArrayList<>();
    printed.add(definition.strip());
    printed.addAll(commentary);
    return List.copyOf(printed);
  }

  /** This line under the title its paper prints for it. */
  public PaperLine titled(String printed) {
    return printedAs(group, section, printed);
  }

  /** This line under the headings its paper prints for its group and section. */
  public PaperLine headed(String printedGroup, String printedSection) {
    return printedAs(printedGroup, printedSection, measure);
  }

  private PaperLine printedAs(String printedGroup, String printedSection, String printedMeasure) {
    return new PaperLine(
        printedGroup,
        printedSection,
        number,
        code,
        printedMeasure,
        aimTo,
        dataPeriod,
        targetNumber,
        target,
        valueNumber,
        value,
        valuePeriod,
        lagNote,
        rag,
        benchmarks,
        definition,
        commentary,
        improvementActions,
        unit,
        columns,
        trend,
        frequency);
  }

  /** The group and section as one heading: "Children's Services Portfolio - ...: Key areas ...". */
  public String heading() {
    return group.isEmpty() ? section : group + ": " + section;
  }

  /** Which way is good, as a scorecard's column says it: "High", "Low", or empty. */
  public String goodToBe() {
    if (aimTo == null) {
      return "";
    }
    return aimTo.endsWith("Maximise") ? "High" : aimTo.endsWith("Minimise") ? "Low" : "";
  }

  /** The trend as the paper prints it: its chart and the table of its figures. */
  public PaperTrend trendAsPrinted() {
    return new PaperTrend(frequency, unit, trend);
  }

  /** The trend as a chart, or null when it has too few numbers to draw one. */
  public TrendChart trendChart() {
    return trendAsPrinted().chart();
  }

  /** What the trend chart shows, in words, for those who cannot see it. */
  public String trendDescription() {
    TrendChart chart = trendChart();
    if (chart == null) {
      return "No values to chart.";
    }
    List<RecentValue> numbers =
        trend.stream().filter(recent -> recent.valueNumber() != null).toList();
    RecentValue first = numbers.get(0);
    RecentValue last = numbers.get(numbers.size() - 1);
    return "Trend of "
        + measure
        + " from "
        + first.label()
        + " to "
        + last.label()
        + ": "
        + first.value()
        + " to "
        + last.value()
        + (last.target().isEmpty() ? "" : " against a target of " + last.target())
        + ". "
        + (chart.axisNote().isEmpty() ? "" : chart.axisNote() + " ")
        + "The values are in the table that follows.";
  }

  /** A year as a lag note names it: "2016/17". */
  private static final Pattern YEAR = Pattern.compile("\\d{4}/\\d{2}");

  /**
   * The lag note in parts, each year ("2016/17") a part of its own that is printed whole, so that a
   * narrow column does not break it after "2016"; empty when there is no lag note.
   */
  public List<LagNotePart> lagNoteInParts() {
    List<LagNotePart> parts = new ArrayList<>();
    if (lagNote == null) {
      return parts;
    }
    Matcher year = YEAR.matcher(lagNote);
    int at = 0;
    while (year.find()) {
      if (year.start() > at) {
        parts.add(new LagNotePart(lagNote.substring(at, year.start()), false));
      }
      parts.add(new LagNotePart(year.group(), true));
      at = year.end();
    }
    if (at < lagNote.length()) {
      parts.add(new LagNotePart(lagNote.substring(at), false));
    }
    return parts;
  }

  /**
   * @param whole true for a part printed without a break in it
   */
  public record LagNotePart(String text, boolean whole) {}
}
