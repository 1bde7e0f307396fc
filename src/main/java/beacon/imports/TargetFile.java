package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Aim;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A targets file: {@code indicator_code, period, target, tolerance}, a row per indicator and period
 * (usually a financial year, "2022/23"). A target that differs from the one set replaces it, which
 * is kept with who and why; a floor already set stays.
 */
@Component
class TargetFile implements RowKind<TargetFile.Row> {

  static final ExpectedColumns COLUMNS =
      new ExpectedColumns(
          "targets", List.of("indicator_code", "period", "target"), List.of("tolerance"));

  /** A row read and checked. */
  record Row(
      int number, Indicator indicator, Period period, BigDecimal target, BigDecimal tolerance) {}

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
        BigDecimal target = cells.requiredNumber("target", "target");
        BigDecimal tolerance = cells.number("tolerance");
        cells.withinPercentage("target", target, indicator);
        if (tolerance != null && tolerance.signum() < 0) {
          cells.problem("tolerance", "a tolerance cannot be negative: write it as 5 for 5 points");
        }
        return cells.hasProblems()
            ? null
            : new Row(
                cells.number(),
                indicator,
                period,
                target,
                tolerance == null ? BigDecimal.ZERO : tolerance);
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
                      row.indicator().id(),
                      row.period(),
                      new Target(row.target(), row.tolerance(), null),
                      by.source(),
                      null,
                      by.by()));
        }
        Aim was = current.get().aim();
        if (was.figure() != null
            && was.figure().compareTo(row.target()) == 0
            && was.tolerance().compareTo(row.tolerance()) == 0) {
          return Outcome.unchanged();
        }
        Target becomes = new Target(row.target(), row.tolerance(), was.floor());
        Unit unit = row.indicator().unit();
        return Outcome.changed(
            new ImportReport.Change(
                row.number(),
                row.indicator().code(),
                row.period().label(),
                current.get().display(unit),
                becomes.display(unit)),
            by ->
                targets.replace(
                    current.get(), becomes, by.source(), by.by(), by.correctionReason()));
      }
    };
  }

  /** How a year such as "2016/17" reads for the indicator: academic for academic-year figures. */
  private static PeriodType yearKind(Indicator indicator) {
    return indicator.frequency() == PeriodType.ACADEMIC_YEAR
        ? PeriodType.ACADEMIC_YEAR
        : PeriodType.FINANCIAL_YEAR;
  }
}
