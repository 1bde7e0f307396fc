package beacon.national;

import beacon.national.files.LaitAreas;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.LaitValue;
import beacon.rules.national.NationalStatistics;
import beacon.rules.national.Neighbour;
import beacon.rules.national.NeighbourModel;
import beacon.rules.national.PublishedFigures;
import beacon.rules.national.StatisticalNeighbourModels;
import beacon.rules.national.YearLabels;
import beacon.rules.rating.Polarity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An authority's national figures for a measure and year, with England, its region, its statistical
 * neighbours' mean, its rank and quartile, from the national data loaded.
 */
@Service
public class NationalFigures {

  /**
   * A measure as the national data describes it.
   *
   * @param publication where its figures are published ("CIN Census"), null when not known
   * @param variant the definition it follows where more than one is published ("child-based")
   * @param banded whether it is shown in quartile bands
   * @param source {@code LAIT}, or the Explore Education Statistics file it was read from
   */
  public record Measure(
      String code,
      String name,
      Polarity polarity,
      Integer decimals,
      String yearType,
      String publication,
      String variant,
      boolean banded,
      String source) {

    /** The name with its definition variant: "Re-referrals within 12 months (child-based)". */
    public String fullName() {
      return variant == null || variant.isBlank() ? name : name + " (" + variant + ")";
    }

    /** The decimal places its figures are shown to: one where the data does not say. */
    public int decimalPlaces() {
      return decimals == null ? 1 : decimals;
    }
  }

  /** A measure's statistics for one authority and year, and the years it has figures for. */
  public record Statistics(
      Measure measure,
      String year,
      String authorityName,
      AuthorityStatistics figures,
      List<String> years) {}

  private final JdbcClient db;

  NationalFigures(JdbcClient db) {
    this.db = db;
  }

  private static final String MEASURE_COLUMNS =
      "code, name, polarity, decimals, year_type, publication, variant, banded, source";

  public Optional<Measure> measure(String code) {
    return db.sql("select " + MEASURE_COLUMNS + " from national_measure where code = ?")
        .param(code)
        .query(NationalFigures::measure)
        .optional();
  }

  /**
   * The measures whose code, name, variant, publication or topic has every word searched for, at
   * most {@code limit}, by name.
   */
  public List<Measure> search(String words, int limit) {
    List<String> terms =
        Arrays.stream(words == null ? new String[0] : words.strip().split("\\s+"))
            .filter(word -> !word.isBlank())
            .map(word -> "%" + word.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%")
            .toList();
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("select " + MEASURE_COLUMNS + " from national_measure where true");
    for (int i = 0; i < terms.size(); i++) {
      sql.append(" and lower(concat_ws(' ', code, name, variant, publication, topic)) like :t" + i);
    }
    sql.append(" order by source <> 'LAIT', name, variant nulls first limit :limit");
    JdbcClient.StatementSpec query = db.sql(sql.toString()).param("limit", limit);
    for (int i = 0; i < terms.size(); i++) {
      query = query.param("t" + i, terms.get(i));
    }
    return query.query(NationalFigures::measure).list();
  }

  private static Measure measure(ResultSet rs, int row) throws SQLException {
    return new Measure(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("polarity") == null
            ? Polarity.NONE
            : Polarity.valueOf(rs.getString("polarity")),
        (Integer) rs.getObject("decimals"),
        rs.getString("year_type"),
        rs.getString("publication"),
        rs.getString("variant"),
        rs.getBoolean("banded"),
        rs.getString("source"));
  }

  /**
   * @return empty when the measure, or the year of the measure, is not in the national data
   */
  public Optional<Statistics> of(String measureCode, String year, String authority) {
    return measure(measureCode)
        .flatMap(
            measure -> {
              Published published = published(measure);
              return published.years().contains(year)
                  ? Optional.of(published.statistics(year, authority))
                  : Optional.empty();
            });
  }

  /** The authority's statistics for every year of the measure, oldest first. */
  public List<Statistics> everyYear(Measure measure, String authority) {
    Published published = published(measure);
    return published.years().stream().map(year -> published.statistics(year, authority)).toList();
  }

  /**
   * Every authority's statistics for a year, by old three-digit code, with the authorities' names.
   */
  public record Ranking(Map<String, AuthorityStatistics> statistics, Map<String, String> names) {

    public String nameOf(String code) {
      return names.getOrDefault(code, code);
    }
  }

  /** Every authority's statistics for the year; none when the measure has no such year. */
  public Ranking everyAuthority(Measure measure, String year) {
    Published published = published(measure);
    if (!published.years().contains(year)) {
      return new Ranking(Map.of(), Map.of());
    }
    Map<String, AuthorityStatistics> statistics =
        NationalStatistics.forEveryAuthority(
            published.figures().of(measure.code(), year),
            published.figures().previousOf(measure.code(), year),
            published.models().inForce(year),
            measure.polarity(),
            published.areas()::regionOf);
    if (!measure.banded()) {
      Map<String, AuthorityStatistics> withoutBands = new LinkedHashMap<>();
      statistics.forEach((code, s) -> withoutBands.put(code, s.withoutQuartile()));
      statistics = withoutBands;
    }
    return new Ranking(statistics, published.areas().names());
  }

  /** A measure's figures as loaded, with the names and regions of their areas. */
  private Published published(Measure measure) {
    PublishedFigures figures = new PublishedFigures();
    LaitAreas areas = new LaitAreas();
    // the stream holds its connection until it is closed
    try (Stream<LaitValue> values =
        db
            .sql(
                "select year, area_code, area_name, region, value, suppression from national_value"
                    + " where measure_code = ?")
            .param(measure.code())
            .query(
                (rs, n) ->
                    new LaitValue(
                        measure.code(),
                        measure.name(),
                        rs.getString("year"),
                        rs.getString("area_code"),
                        rs.getString("area_name"),
                        rs.getString("region"),
                        rs.getBigDecimal("value"),
                        rs.getString("suppression")))
            .stream()) {
      values.forEach(
          value -> {
            figures.accept(value);
            areas.accept(value);
          });
    }
    return new Published(measure, figures, areas, models());
  }

  /** One measure's figures, ready to compare. */
  private record Published(
      Measure measure,
      PublishedFigures figures,
      LaitAreas areas,
      StatisticalNeighbourModels models) {

    /** The measure's years, oldest first. */
    List<String> years() {
      List<String> years = new ArrayList<>(figures.yearsOf(measure.code()));
      years.sort(
          java.util.Comparator.comparing(
                  (String label) -> {
                    Integer end = YearLabels.endYear(label);
                    return end == null ? Integer.MIN_VALUE : end;
                  })
              .thenComparing(label -> label));
      return years;
    }

    Statistics statistics(String year, String authority) {
      AuthorityStatistics statistics =
          NationalStatistics.forEveryAuthority(
                  List.of(authority),
                  figures.of(measure.code(), year),
                  figures.previousOf(measure.code(), year),
                  models.inForce(year),
                  measure.polarity(),
                  areas::regionOf,
                  areas::nameOf)
              .get(authority);
      return new Statistics(
          measure,
          year,
          areas.nameOf(authority),
          measure.banded() ? statistics : statistics.withoutQuartile(),
          years());
    }
  }

  /** Both statistical neighbour models, as loaded. */
  private StatisticalNeighbourModels models() {
    Map<String, Map<String, List<Neighbour>>> byModel = new HashMap<>();
    db.sql(
            "select model, authority, position, neighbour, closeness from statistical_neighbour"
                + " order by model, authority, position")
        .query(
            (rs, n) -> {
              byModel
                  .computeIfAbsent(rs.getString("model"), m -> new LinkedHashMap<>())
                  .computeIfAbsent(rs.getString("authority"), a -> new ArrayList<>())
                  .add(
                      new Neighbour(
                          rs.getString("neighbour"),
                          rs.getInt("position"),
                          rs.getString("closeness")));
              return null;
            })
        .list();
    return new StatisticalNeighbourModels(
        new NeighbourModel("2021", byModel.getOrDefault("2021", Map.of())),
        new NeighbourModel("2025", byModel.getOrDefault("2025", Map.of())));
  }
}
