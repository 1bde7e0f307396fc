package beacon.imports;

import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.national.files.EesColumns;
import beacon.national.files.EesFigures;
import beacon.national.files.EesFormatException;
import beacon.national.files.EesRow;
import beacon.national.files.EesYear;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file of the DfE's Explore Education Statistics, as downloaded: a row per place, year and filter
 * ({@code time_period, time_identifier, geographic_level, ..., old_la_code, new_la_code, la_name}),
 * then the measure columns. One measure becomes an indicator's benchmarks: the England row, the
 * organisation's region and the organisation's own published figure, each for its year. Rows about
 * other places, rows the filters leave out and figures not published ({@code c}, {@code x} ...) are
 * set aside. Each row is read as {@link EesRow} reads a row of the layout, as the national data
 * reads the files Beacon ships.
 */
final class DfeStatisticsFile implements RowKind<BenchmarkFile.Row> {

  static final String KIND = FileImports.DFE_STATISTICS;

  private final Indicators indicators;
  private final Benchmarks benchmarks;
  private final DfeMeasure measure;

  DfeStatisticsFile(Indicators indicators, Benchmarks benchmarks, DfeMeasure measure) {
    this.indicators = indicators;
    this.benchmarks = benchmarks;
    this.measure = measure;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ExpectedColumns columns() {
    return new ExpectedColumns(
        "DfE statistics", EesColumns.REQUIRED, List.copyOf(EesColumns.TIME_AND_PLACE));
  }

  @Override
  public String identifiedBy() {
    return "place and year";
  }

  @Override
  public List<ImportProblem> headerProblems(
      Organisation organisation, String file, List<String> headings) {
    List<ImportProblem> problems = new ArrayList<>();
    if (measure.indicatorCode().isEmpty()) {
      problems.add(ImportProblem.inFile(file, "say which indicator the figures are benchmarks of"));
    } else if (indicator(organisation).isEmpty()) {
      problems.add(
          ImportProblem.inFile(
              file,
              "there is no indicator '" + measure.indicatorCode() + "' in " + organisation.name()));
    }
    for (String column : EesColumns.REQUIRED) {
      if (!headings.contains(column)) {
        problems.add(
            new ImportProblem(
                file,
                1,
                column,
                "there is no column '"
                    + column
                    + "': a file of Explore Education Statistics has time_period,"
                    + " time_identifier and geographic_level"));
      }
    }
    List<String> others = EesColumns.filtersAndMeasures(headings);
    if (measure.measure().isEmpty()) {
      problems.add(
          ImportProblem.inFile(
              file, "say which column holds the figures: one of " + String.join(", ", others)));
    } else if (!headings.contains(measure.measure())) {
      problems.add(
          ImportProblem.inFile(
              file,
              "there is no column '"
                  + measure.measure()
                  + "': the columns besides time and place are "
                  + String.join(", ", others)));
    }
    for (String column : measure.filters().keySet()) {
      if (!headings.contains(column)) {
        problems.add(
            ImportProblem.inFile(
                file,
                "there is no column '"
                    + column
                    + "' to filter by: the columns besides time and place are "
                    + String.join(", ", others)));
      }
    }
    return problems;
  }

  @Override
  public Rows<BenchmarkFile.Row> of(Organisation organisation, List<String> headings) {
    Indicator indicator = indicator(organisation).orElseThrow();
    RecordedBenchmarks recorded = new RecordedBenchmarks(benchmarks, List.of(indicator));
    List<String> others = new ArrayList<>(EesColumns.filtersAndMeasures(headings));
    others.remove(measure.measure());
    Map<Object, Seen> seen = new HashMap<>();
    return new Rows<>() {
      @Override
      public BenchmarkFile.Row read(RowReader cells) {
        EesRow ees = new EesRow(cells::text);
        Optional<BenchmarkFile.Named> place = place(ees, organisation);
        if (place.isEmpty() || !chosen(cells) || notPublished(cells.text(measure.measure()))) {
          return null;
        }
        Period period = period(ees, cells);
        BigDecimal value = value(cells);
        cells.withinPercentage(measure.measure(), value, indicator);
        if (cells.hasProblems()) {
          return null;
        }
        BenchmarkFile.Row row =
            new BenchmarkFile.Row(
                cells.number(),
                indicator,
                place.get().comparator(),
                place.get().name(),
                period,
                value,
                measure.source() + " " + period.label(),
                null);
        Seen first =
            seen.putIfAbsent(key(row), new Seen(cells.number(), filterCells(cells, others)));
        if (first != null) {
          cells.problem(
              "",
              repeated(row, first, filterCells(cells, others))
                  .orElse("this row repeats the place and year of row " + first.row()));
          return null;
        }
        return row;
      }

      @Override
      public Object key(BenchmarkFile.Row row) {
        return List.of(row.comparatorName(), row.period().code());
      }

      @Override
      public Outcome compare(BenchmarkFile.Row row) {
        return recorded.compare(row);
      }
    };
  }

  private Optional<Indicator> indicator(Organisation organisation) {
    return indicators.withCode(organisation.id(), measure.indicatorCode());
  }

  /** England, the organisation's region or the organisation itself; empty for any other place. */
  private static Optional<BenchmarkFile.Named> place(EesRow row, Organisation organisation) {
    switch (row.level()) {
      case NATIONAL:
        return row.isEngland()
            ? Optional.of(new BenchmarkFile.Named(Comparator.ENGLAND, "England"))
            : Optional.empty();
      case REGIONAL:
        return organisation.region() != null
                && row.regionName().equalsIgnoreCase(organisation.region())
            ? Optional.of(new BenchmarkFile.Named(Comparator.REGION, organisation.region()))
            : Optional.empty();
      case LOCAL_AUTHORITY:
        String code = organisation.code();
        return code.equals(row.oldLaCode()) || code.equalsIgnoreCase(row.newLaCode())
            ? Optional.of(new BenchmarkFile.Named(Comparator.AUTHORITY, organisation.name()))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private boolean chosen(RowReader cells) {
    return measure.filters().entrySet().stream()
        .allMatch(
            filter -> cells.text(filter.getKey()).strip().equalsIgnoreCase(filter.getValue()));
  }

  private static boolean notPublished(String figure) {
    return figure.isBlank() || EesColumns.isNotPublished(figure);
  }

  /**
   * The year a row is for: a reporting year {@code 2022} is the year to 31 March 2022 (2021/22), as
   * the children in need census and the children looked after return count it; a financial or
   * academic year {@code 202122} is 2021/22; a calendar year {@code 2022} is 2022.
   */
  private static Period period(EesRow row, RowReader cells) {
    try {
      EesYear year = row.year();
      return Periods.fromCode(
          switch (year.kind()) {
            case REPORTING_YEAR -> String.format("%d-%02d", year.last() - 1, year.last() % 100);
            case FINANCIAL_YEAR -> String.format("%d-%02d", year.first(), year.last() % 100);
            case ACADEMIC_YEAR -> String.format("AY%d-%02d", year.first(), year.last() % 100);
            case CALENDAR_YEAR -> String.valueOf(year.last());
          });
    } catch (EesFormatException e) {
      cells.problem(e.column(), e.getMessage());
      return null;
    } catch (PeriodFormatException e) {
      cells.problem("time_period", e.getMessage());
      return null;
    }
  }

  /** The figure, without the noise of a figure once stored as a binary fraction. */
  private BigDecimal value(RowReader cells) {
    BigDecimal value = cells.number(measure.measure());
    return value == null ? null : EesFigures.withoutNoise(value);
  }

  /** The row's cells that are words, not figures: the filters it could be chosen by. */
  private static Map<String, String> filterCells(RowReader cells, List<String> columns) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String column : columns) {
      String text = cells.text(column).strip();
      if (!EesFigures.isFigureOrNone(text)) {
        filters.put(column, text);
      }
    }
    return filters;
  }

  /** A row whose place and year an earlier row has: which filter tells them apart. */
  private static Optional<String> repeated(
      BenchmarkFile.Row row, Seen first, Map<String, String> here) {
    for (Map.Entry<String, String> cell : here.entrySet()) {
      String there = first.filters().get(cell.getKey());
      if (there != null && !there.equals(cell.getValue())) {
        return Optional.of(
            "this row is "
                + row.comparatorName()
                + " "
                + row.period().label()
                + " again, as row "
                + first.row()
                + " is, with "
                + cell.getKey()
                + " '"
                + cell.getValue()
                + "' where row "
                + first.row()
                + " has '"
                + there
                + "': choose one with a filter, such as "
                + cell.getKey()
                + "="
                + there);
      }
    }
    return Optional.empty();
  }

  /** The first row of a place and year, and its filter cells. */
  private record Seen(int row, Map<String, String> filters) {}
}
