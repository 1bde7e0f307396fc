package beacon.imports;

import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.imports.file.CellFormatException;
import beacon.imports.file.Cells;
import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.national.files.EesColumns;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file of the DfE's Explore Education Statistics, as downloaded: a row per place, year and filter
 * ({@code time_period, time_identifier, geographic_level, ..., old_la_code, new_la_code, la_name}),
 * then the measure columns. One measure becomes an indicator's benchmarks: the England row, the
 * organisation's region and the organisation's own published figure, each for its year. Rows about
 * other places, rows the filters leave out and figures not published ({@code c}, {@code x} ...) are
 * set aside.
 */
final class DfeStatisticsFile implements RowKind<BenchmarkFile.Row> {

  static final String KIND = "dfe-statistics";

  private static final List<String> REQUIRED =
      List.of("time_period", "time_identifier", "geographic_level");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})(\\d{2})");

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
    return new ExpectedColumns("DfE statistics", REQUIRED, List.copyOf(EesColumns.TIME_AND_PLACE));
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
    for (String column : REQUIRED) {
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
    List<String> others = others(headings);
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
    List<String> others = others(headings);
    others.remove(measure.measure());
    Map<Object, Seen> seen = new HashMap<>();
    return new Rows<>() {
      @Override
      public BenchmarkFile.Row read(RowReader cells) {
        Optional<BenchmarkFile.Named> place = place(cells, organisation);
        if (place.isEmpty() || !chosen(cells) || notPublished(cells.text(measure.measure()))) {
          return null;
        }
        Period period = period(cells);
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
                measure.source() + " " + period.label());
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
  private static Optional<BenchmarkFile.Named> place(RowReader cells, Organisation organisation) {
    String level = cells.text("geographic_level").strip().toLowerCase(Locale.UK);
    switch (level) {
      case "national":
        return cells.text("country_name").isBlank()
                || cells.text("country_name").strip().equals("England")
            ? Optional.of(new BenchmarkFile.Named(Comparator.ENGLAND, "England"))
            : Optional.empty();
      case "regional":
        String region = cells.text("region_name").strip();
        return organisation.region() != null && region.equalsIgnoreCase(organisation.region())
            ? Optional.of(new BenchmarkFile.Named(Comparator.REGION, organisation.region()))
            : Optional.empty();
      case "local authority":
        String code = organisation.code();
        return code.equals(cells.text("old_la_code").strip())
                || code.equalsIgnoreCase(cells.text("new_la_code").strip())
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
  private static Period period(RowReader cells) {
    String identifier = cells.text("time_identifier").strip();
    String written = cells.text("time_period").strip();
    String code = null;
    switch (identifier.toLowerCase(Locale.UK)) {
      case "reporting year":
        if (YEAR.matcher(written).matches()) {
          int end = Integer.parseInt(written);
          code = String.format("%d-%02d", end - 1, end % 100);
        }
        break;
      case "financial year":
        code = twoYears(written, "");
        break;
      case "academic year":
        code = twoYears(written, "AY");
        break;
      case "calendar year":
        code = YEAR.matcher(written).matches() ? written : null;
        break;
      default:
        cells.problem(
            "time_identifier",
            "'"
                + identifier
                + "' is not a year Beacon reads: it reads reporting, financial, academic and"
                + " calendar years");
        return null;
    }
    if (code == null) {
      cells.problem(
          "time_period", "'" + written + "' is not a " + identifier.toLowerCase(Locale.UK));
      return null;
    }
    try {
      return Periods.fromCode(code);
    } catch (PeriodFormatException e) {
      cells.problem("time_period", e.getMessage());
      return null;
    }
  }

  /** "202122" as the code of 2021/22, when its years follow each other. */
  private static String twoYears(String written, String prefix) {
    var years = TWO_YEARS.matcher(written);
    if (!years.matches()) {
      return null;
    }
    int start = Integer.parseInt(years.group(1));
    int end = Integer.parseInt(years.group(2));
    return (start + 1) % 100 == end ? String.format("%s%d-%02d", prefix, start, end) : null;
  }

  /** The figure, without the noise of a figure once stored as a binary fraction. */
  private BigDecimal value(RowReader cells) {
    BigDecimal value = cells.number(measure.measure());
    if (value == null) {
      return null;
    }
    BigDecimal rounded = value.setScale(Math.min(value.scale(), 6), RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  /** The columns besides time and place, in the file's order. */
  private static List<String> others(List<String> headings) {
    List<String> others = new ArrayList<>();
    for (String heading : headings) {
      if (!heading.isEmpty() && !EesColumns.isTimeOrPlace(heading)) {
        others.add(heading);
      }
    }
    return others;
  }

  /** The row's cells that are words, not figures: the filters it could be chosen by. */
  private static Map<String, String> filterCells(RowReader cells, List<String> columns) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String column : columns) {
      String text = cells.text(column).strip();
      if (!text.isEmpty() && !notPublished(text) && !isNumber(text)) {
        filters.put(column, text);
      }
    }
    return filters;
  }

  private static boolean isNumber(String text) {
    try {
      Cells.number(text);
      return true;
    } catch (CellFormatException e) {
      return false;
    }
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
