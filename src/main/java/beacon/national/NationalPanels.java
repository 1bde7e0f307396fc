package beacon.national;

import beacon.indicator.Indicator;
import beacon.organisation.Organisation;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.BenchmarkSentence;
import beacon.rules.national.NationalYears;
import beacon.rules.national.NeighbourAverage;
import beacon.rules.period.Period;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds the national panel of an indicator page. The year shown is the newest whose period has
 * ended by the end of the reporting period, as a paper of that period would have quoted; the
 * earliest when none has.
 */
@Service
public class NationalPanels {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy");

  private final NationalLinks links;
  private final NationalFigures figures;
  private final NationalData data;

  NationalPanels(NationalLinks links, NationalFigures figures, NationalData data) {
    this.links = links;
    this.figures = figures;
    this.data = data;
  }

  public NationalPanel of(Organisation organisation, Indicator indicator, Period reportingPeriod) {
    Optional<NationalLinks.Link> link = links.currentOf(indicator.id());
    if (link.isEmpty()) {
      return NationalPanel.without(NationalPanel.State.NOT_LINKED, null, null);
    }
    String code = link.get().measureCode();
    if (data.lastLoad().isEmpty()) {
      return NationalPanel.without(NationalPanel.State.NOT_LOADED, null, code);
    }
    Optional<NationalFigures.Measure> measure = figures.measure(code);
    if (measure.isEmpty()) {
      return NationalPanel.without(NationalPanel.State.NO_MEASURE, null, code);
    }
    List<NationalFigures.Statistics> years = figures.everyYear(measure.get(), organisation.code());
    if (years.isEmpty()) {
      return NationalPanel.without(NationalPanel.State.NO_MEASURE, measure.get(), code);
    }
    return shown(organisation, indicator.unit(), measure.get(), link.get(), years, reportingPeriod);
  }

  private NationalPanel shown(
      Organisation organisation,
      Unit unit,
      NationalFigures.Measure measure,
      NationalLinks.Link link,
      List<NationalFigures.Statistics> years,
      Period reportingPeriod) {
    NationalFigures.Statistics shown = yearFor(years, measure, reportingPeriod);
    AuthorityStatistics s = shown.figures();
    String yearLabel = labelOf(shown.year(), measure);
    int decimals = decimalsOf(measure);
    List<NationalPanel.Comparison> comparisons = new ArrayList<>();
    comparisons.add(comparison(organisation.name(), s.value(), unit, decimals, null));
    comparisons.add(comparison("England", s.england(), unit, decimals, null));
    if (s.region() != null) {
      comparisons.add(comparison(s.region(), s.regionValue(), unit, decimals, null));
    }
    NeighbourAverage n = s.neighbours();
    List<NationalPanel.Comparison> neighbours = new ArrayList<>();
    if (n != null) {
      comparisons.add(
          comparison(
              "Statistical neighbours",
              n.mean(),
              unit,
              decimals,
              n.coverageInWords() + ", DfE " + n.model() + " model"));
      n.members()
          .forEach(
              member ->
                  neighbours.add(comparison(member.name(), member.value(), unit, decimals, null)));
    }
    NationalFigures.Ranking everyAuthority = figures.everyAuthority(measure, shown.year());
    return new NationalPanel(
        NationalPanel.State.SHOWN,
        measure,
        measure.code(),
        link.recordedBy() + ", " + WHEN.format(link.recordedAt()),
        yearLabel,
        NationalYears.sourceOf(measure.publication(), shown.year(), measure.yearType()),
        List.copyOf(comparisons),
        s.rankInWords(),
        s.quartile() == null ? null : s.quartile().name(),
        s.change() == null ? null : signed(s.change(), unit, decimals),
        List.copyOf(neighbours),
        BenchmarkSentence.draft(s, yearLabel, decimals, unit).orElse(null),
        RankedChart.of(
            everyAuthority.statistics(),
            everyAuthority::nameOf,
            organisation.code(),
            measure.polarity(),
            s.england(),
            unit),
        history(years, measure, unit, decimals));
  }

  /** The newest year ended by the end of the reporting period, else the earliest. */
  private static NationalFigures.Statistics yearFor(
      List<NationalFigures.Statistics> years, NationalFigures.Measure measure, Period reporting) {
    NationalFigures.Statistics chosen = null;
    for (NationalFigures.Statistics year : years) {
      Optional<Period> period = NationalYears.periodOf(year.year(), measure.yearType());
      if (period.isPresent() && !period.get().end().isAfter(reporting.end())) {
        chosen = year;
      }
    }
    return chosen != null ? chosen : years.get(0);
  }

  private static List<NationalPanel.Year> history(
      List<NationalFigures.Statistics> years,
      NationalFigures.Measure measure,
      Unit unit,
      int decimals) {
    List<NationalPanel.Year> rows = new ArrayList<>();
    for (NationalFigures.Statistics year : years) {
      AuthorityStatistics s = year.figures();
      rows.add(
          0,
          new NationalPanel.Year(
              labelOf(year.year(), measure),
              written(s.value(), unit, decimals),
              written(s.england(), unit, decimals),
              written(s.regionValue(), unit, decimals),
              s.neighbours() == null ? null : written(s.neighbours().mean(), unit, decimals)));
    }
    return List.copyOf(rows);
  }

  /** The places the measure is published to; one where the dictionary does not say. */
  static int decimalsOf(NationalFigures.Measure measure) {
    return measure.decimalPlaces();
  }

  private static String labelOf(String year, NationalFigures.Measure measure) {
    return NationalYears.periodOf(year, measure.yearType()).map(Period::label).orElse(year);
  }

  private static NationalPanel.Comparison comparison(
      String name, BigDecimal value, Unit unit, int decimals, String note) {
    return new NationalPanel.Comparison(name, written(value, unit, decimals), note);
  }

  private static String written(BigDecimal value, Unit unit, int decimals) {
    return value == null
        ? null
        : unit.format(value.setScale(Math.min(value.scale(), 2), java.math.RoundingMode.HALF_UP));
  }

  private static String signed(BigDecimal change, Unit unit, int decimals) {
    String points =
        Unit.plain(
            change.abs().setScale(Math.min(change.scale(), 2), java.math.RoundingMode.HALF_UP));
    return (change.signum() > 0 ? "+" : change.signum() < 0 ? "-" : "")
        + points
        + " "
        + unit.points();
  }
}
