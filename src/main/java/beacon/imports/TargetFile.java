package beacon.imports;

import beacon.benchmark.Comparator;
import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.FloorPlacing;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Aim;
import beacon.targets.IndicatorTarget;
import beacon.targets.SetAgainst;
import beacon.targets.Targets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A targets file: {@code indicator_code, period, target, tolerance, floor}, a row per indicator and
 * period (usually a financial year, "2022/23"). A target that differs from the one set replaces it,
 * which is kept with who and why; a floor already set stays when {@code floor} is empty. A target
 * set against a benchmark leaves {@code target} empty and names it in {@code against} ("statistical
 * neighbours", "England", "region", "CIPFA neighbours"), with {@code against_year} for the year of
 * its figure (the target's own when empty) and {@code offset} above it (negative: below).
 */
@Component
class TargetFile implements RowKind<TargetFile.Row> {

  static final ExpectedColumns COLUMNS =
      new ExpectedColumns(
          "targets",
          List.of("indicator_code", "period", "target"),
          List.of("tolerance", "floor", "against", "against_year", "offset"));

  /** The benchmarks a target may be set against, as a file may name them. */
  private static final Map<String, Comparator> COMPARATORS =
      Map.of(
          "england", Comparator.ENGLAND,
          "region", Comparator.REGION,
          "statistical neighbours", Comparator.STATISTICAL_NEIGHBOURS,
          "cipfa neighbours", Comparator.CIPFA_NEIGHBOURS,
          "top quartile", Comparator.TOP_QUARTILE);

  /** A row read and checked: what its indicator aims for in its period. */
  record Row(int number, Indicator indicator, Period period, Aim aim) {}

  private final Indicators indicators;
  private final Targets targets;

  TargetFile(Indicators indicators, Targets targets) {
    this.indicators = indicators;
    this.targets = targets;
  }

  @Override
  public String kind() {
    return "targets";
  }

  @Override
  public ExpectedColumns columns() {
    return COLUMNS;
  }

  @Override
  public String identifiedBy() {
    return "indicator and period";
  }

  @Override
  public Rows<Row> of(Organisation organisation, List<String> headings) {
    Map<String, Indicator> byCode =
        indicators.allOf(organisation.id()).stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));
    return new Rows<>() {
      @Override
      public Row read(RowReader cells) {
        Indicator indicator = cells.indicator("indicator_code", byCode);
        Period period = cells.period("period", indicator == null ? null : yearKind(indicator));
        Optional<SetAgainst> against = setAgainst(cells, indicator, period);
        BigDecimal target = null;
        if (cells.blank("against")) {
          target = cells.requiredNumber("target", "target");
          cells.withinPercentage("target", target, indicator);
        } else if (!cells.blank("target")) {
          cells.problem(
              "target",
              "write a target figure or the benchmark it is set against in against, not both");
        }
        BigDecimal tolerance = cells.number("tolerance");
        if (tolerance != null && tolerance.signum() < 0) {
          cells.problem("tolerance", "a tolerance cannot be negative: write it as 5 for 5 points");
        }
        BigDecimal floor = cells.number("floor");
        if (floor != null && indicator != null) {
          Target figure =
              target == null || (tolerance != null && tolerance.signum() < 0)
                  ? null
                  : new Target(target, tolerance, null);
          floorProblem(FloorPlacing.of(floor, indicator.polarity(), figure), indicator, figure)
              .ifPresent(problem -> cells.problem("floor", problem));
        }
        if (cells.hasProblems()) {
          return null;
        }
        Aim aim =
            against.isPresent()
                ? Aim.against(against.get(), tolerance, floor)
                : Aim.of(new Target(target, tolerance, floor));
        return new Row(cells.number(), indicator, period, aim);
      }

      @Override
      public Object key(Row row) {
        return List.of(row.indicator().id(), row.period().code());
      }

      @Override
      public Outcome compare(Row row) {
        Optional<IndicatorTarget> current =
            targets.current(row.indicator().id(), row.period().code());
        if (current.isEmpty()) {
          return Outcome.added(
              by ->
                  targets.add(
                      row.indicator().id(), row.period(), row.aim(), by.source(), null, by.by()));
        }
        Aim was = current.get().aim();
        Aim becomes = row.aim().floor() == null ? row.aim().withFloor(was.floor()) : row.aim();
        if (becomes.sameAs(was)) {
          return Outcome.unchanged();
        }
        Unit unit = row.indicator().unit();
        return Outcome.changed(
            new ImportReport.Change(
                row.number(),
                row.indicator().code(),
                row.period().label(),
                current.get().display(unit),
                becomes.describe(unit)),
            by ->
                targets.replace(
                    current.get(), becomes, by.source(), by.by(), by.correctionReason()));
      }
    };
  }

  /**
   * The benchmark a row's target is set against, with the year of its figure and the offset; empty
   * when the row names none, or names one wrongly (a problem, then, for its cell).
   */
  private static Optional<SetAgainst> setAgainst(
      RowReader cells, Indicator indicator, Period period) {
    if (cells.blank("against")) {
      for (String column : List.of("against_year", "offset")) {
        if (!cells.blank(column)) {
          cells.problem(column, "name the benchmark the target is set against in against");
        }
      }
      return Optional.empty();
    }
    Comparator comparator = COMPARATORS.get(cells.text("against").strip().toLowerCase(Locale.UK));
    if (comparator == null) {
      cells.problem(
          "against",
          "a target may be set against "
              + String.join(", ", new TreeSet<>(COMPARATORS.keySet()))
              + "; not '"
              + cells.text("against").strip()
              + "'");
    }
    Period year =
        cells.blank("against_year") || indicator == null
            ? period
            : cells.period("against_year", yearKind(indicator));
    BigDecimal offset = cells.number("offset");
    if (comparator == null || year == null || cells.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(new SetAgainst(comparator, year, offset));
  }

  /** What is wrong with where a row's floor stands, in words; empty when nothing is. */
  private static Optional<String> floorProblem(
      FloorPlacing placing, Indicator indicator, Target figure) {
    return switch (placing) {
      case ALLOWED -> Optional.empty();
      case NO_POLARITY ->
          Optional.of("leave the floor empty: the indicator has no polarity, so it is not rated");
      case STAYS_CLOSE ->
          Optional.of(
              "leave the floor empty: the indicator aims to stay close to its target, so a floor"
                  + " does not apply");
      case NOT_BELOW_THE_THRESHOLD ->
          Optional.of(
              "the floor must be below "
                  + indicator.unit().format(figure.greenThreshold(indicator.polarity()))
                  + ", the target less its tolerance: the indicator aims high");
      case NOT_ABOVE_THE_THRESHOLD ->
          Optional.of(
              "the floor must be above "
                  + indicator.unit().format(figure.greenThreshold(indicator.polarity()))
                  + ", the target plus its tolerance: the indicator aims low");
    };
  }

  /** How a year such as "2016/17" reads for the indicator: academic for academic-year figures. */
  private static PeriodType yearKind(Indicator indicator) {
    return indicator.frequency() == PeriodType.ACADEMIC_YEAR
        ? PeriodType.ACADEMIC_YEAR
        : PeriodType.FINANCIAL_YEAR;
  }
}
