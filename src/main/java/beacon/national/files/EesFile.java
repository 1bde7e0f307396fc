package beacon.national.files;

import beacon.rules.national.LaitValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A file of the DfE's Explore Education Statistics ({@code src/main/resources/national/ees/}),
 * every figure of it as national figures like the LAIT's. Each measure column, for each combination
 * of the filters' values, is a national measure, coded {@code <file code>.<column>[.<filter
 * value>...]} ({@code cla.rate_per_10000.children_looked_after_on_31_march_each_year}): the LAIT's
 * codes have no dot, so the two never meet.
 *
 * <p>The columns besides time and place ({@link EesColumns}) are measures when every cell is a
 * figure, a mark for a figure not published or empty; the others are words. A column of words is a
 * filter when it tells apart rows of the same place and year; one that does not (a {@code category}
 * the same on every row, the {@code version} of a year's figures) says nothing of the measure and
 * is left out of its code.
 *
 * @param code the file's short code, the first part of its measures' codes ({@code c1})
 * @param fileName the file's name, the source of its measures
 * @param publication the publication the figures come from ({@code CIN Census})
 */
public record EesFile(String code, String fileName, String publication) {

  /** The files Beacon ships, each with the code its measures start with. */
  public static final List<EesFile> SHIPPED =
      List.of(
          new EesFile("b1", "b1_children_in_need_2013_to_2025.csv.gz", "CIN Census"),
          new EesFile(
              "c1",
              "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv.gz",
              "CIN Census"),
          new EesFile(
              "c4", "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv.gz", "CIN Census"),
          new EesFile("d3", "d3_cpps_subsequent_plan_2013_to_2025.csv.gz", "CIN Census"),
          new EesFile("d5", "d5_cpps_at31march_by_duration_2013_to_2025.csv.gz", "CIN Census"),
          new EesFile("cla", "cla_number_and_rate_per_10k_children.csv.gz", "SSDA903 return"),
          new EesFile(
              "cla_new_placements", "la_cla_during_year_new_placements.csv.gz", "SSDA903 return"),
          new EesFile(
              "cla_placement_stability", "la_cla_placement_stability.csv.gz", "SSDA903 return"),
          new EesFile("cla_school_moves", "la_cla_school_moves.csv.gz", "SSDA903 return"),
          new EesFile(
              "care_leavers_accommodation",
              "la_care_leavers_accommodation_suitability.csv.gz",
              "SSDA903 return"),
          new EesFile("care_leavers_activity", "la_care_leavers_activity.csv.gz", "SSDA903 return"),
          new EesFile(
              "adoption_stages",
              "national_cla_adopted_average_time_between_adoption_process_stages.csv.gz",
              "SSDA903 return"),
          new EesFile(
              "csww",
              "csww_indicators_2017_to_2025.csv.gz",
              "Children's social work workforce census"),
          new EesFile("ks2", "ks2_la.csv.gz", "Outcomes for children in need"),
          new EesFile("ks4", "ks4_la.csv.gz", "Outcomes for children in need"));

  /** Where the product ships it, on the classpath. */
  public String resource() {
    return "/national/ees/" + fileName;
  }

  /**
   * Gives each figure of the gzipped file to {@code each}, row by row and measure by measure, and
   * says which measures they are.
   *
   * @param laitRegionOf an authority's region as the LAIT writes it ({@code Inner London}) by its
   *     old code, null when the LAIT does not have it (the file's {@code region_name} is taken)
   * @return the measures, in the file's order, named from their column and filter values
   * @throws NationalFileException naming the file and the row, for a row that cannot be read or a
   *     figure given twice for one measure, place and year
   */
  public List<NationalMeasure> read(
      InputStream gzipped, Function<String, String> laitRegionOf, Consumer<LaitValue> each) {
    EesTable table = EesTable.read(fileName, gzipped);
    List<List<EesPlaces.Place>> placesOfRows = placesOfRows(table, laitRegionOf);
    List<Integer> measures = table.figureColumns();
    List<Integer> filters = table.filterColumns(placesOfRows);
    List<String> filterNames = filters.stream().map(table::heading).toList();
    Map<String, Described> described = new LinkedHashMap<>();
    Map<String, Integer> given = new HashMap<>();
    for (int row = 0; row < table.rows().size(); row++) {
      List<EesPlaces.Place> places = placesOfRows.get(row);
      if (places.isEmpty()) {
        continue;
      }
      EesRow cells = table.row(row);
      String year = yearOf(table, row, cells);
      String yearType = EesMeasureNames.yearType(cells.timeIdentifier());
      List<String> filterValues = new ArrayList<>(filters.size());
      StringBuilder filterCode = new StringBuilder();
      for (int filter : filters) {
        String value = table.cell(row, filter).strip();
        filterValues.add(value);
        filterCode.append('.').append(EesMeasureNames.slug(value));
      }
      for (int column : measures) {
        String heading = table.heading(column);
        String measure = code + "." + EesMeasureNames.columnSlug(heading) + filterCode;
        String cell = table.cell(row, column).strip();
        BigDecimal value = EesFigures.figure(cell);
        Described about =
            described.computeIfAbsent(
                measure, m -> new Described(heading, filterNames, filterValues, yearType));
        about.inMonths |= EesFigures.inYearsAndMonths(cell);
        for (EesPlaces.Place place : places) {
          Integer first = given.putIfAbsent(measure + '|' + year + '|' + place.code(), row);
          if (first != null) {
            throw table.problem(
                row,
                "this row gives "
                    + measure
                    + " for "
                    + place.name()
                    + " ("
                    + place.code()
                    + ") in "
                    + year
                    + " again: row "
                    + table.rowNumber(first)
                    + " gave it, and no filter column tells the two rows apart");
          }
          each.accept(
              new LaitValue(
                  measure,
                  null,
                  year,
                  place.code(),
                  place.name(),
                  place.region(),
                  value,
                  value == null ? LaitFigures.suppression(cell) : null));
        }
      }
    }
    List<NationalMeasure> found = new ArrayList<>(described.size());
    described.forEach((measure, about) -> found.add(about.measure(measure, this)));
    return found;
  }

  /** Each row's places: none for a row about no place Beacon compares. */
  private static List<List<EesPlaces.Place>> placesOfRows(
      EesTable table, Function<String, String> laitRegionOf) {
    EesPlaces places = new EesPlaces(laitRegionOf);
    List<List<EesPlaces.Place>> placesOfRows = new ArrayList<>(table.rows().size());
    for (int row = 0; row < table.rows().size(); row++) {
      try {
        placesOfRows.add(places.of(table.row(row)));
      } catch (IllegalArgumentException e) {
        throw table.problem(row, e.getMessage());
      }
    }
    return placesOfRows;
  }

  /**
   * The year as the LAIT writes it: a reporting or calendar year {@code 2022} as {@code 2022}, a
   * financial or academic year {@code 202122} as {@code 2021/22}.
   */
  private static String yearOf(EesTable table, int row, EesRow cells) {
    try {
      return cells.year().laitYear();
    } catch (EesFormatException e) {
      throw table.problem(row, e.column() + " " + e.getMessage());
    }
  }

  /** What a measure is: its column and filter values, and whether it is a time in months. */
  private static final class Described {
    private final String column;
    private final List<String> filters;
    private final List<String> values;
    private final String yearType;
    private boolean inMonths;

    Described(String column, List<String> filters, List<String> values, String yearType) {
      this.column = column;
      this.filters = filters;
      this.values = values;
      this.yearType = yearType;
    }

    NationalMeasure measure(String code, EesFile file) {
      return new NationalMeasure(
          code,
          EesMeasureNames.name(column, values, inMonths),
          null,
          null,
          null,
          yearType,
          EesMeasureNames.description(column, filters, values, file.fileName(), inMonths),
          null,
          "DfE",
          null,
          null,
          file.publication(),
          null,
          true,
          file.fileName());
    }
  }
}
