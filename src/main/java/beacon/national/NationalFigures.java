package beacon.national;

import beacon.national.files.LaitAreas;
import beacon.national.files.LaitValue;
import beacon.national.files.Neighbour;
import beacon.national.files.NeighbourModel;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.MeasureYear;
import beacon.rules.national.NationalStatistics;
import beacon.rules.national.PublishedFigures;
import beacon.rules.national.StatisticalNeighbourModels;
import beacon.rules.rating.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An authority's national figures for a measure and year, with England, its region, its statistical
 * neighbours' mean, its rank and quartile, from the national data loaded.
 */
@Service
public class NationalFigures {

  /** A measure as the national data describes it. */
  public record Measure(
      String code, String name, Polarity polarity, Integer decimals, String yearType) {}

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

  public Optional<Measure> measure(String code) {
    return db.sql(
            "select code, name, polarity, decimals, year_type from national_measure where code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new Measure(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("polarity") == null
                        ? Polarity.NONE
                        : Polarity.valueOf(rs.getString("polarity")),
                    (Integer) rs.getObject("decimals"),
                    rs.getString("year_type")))
        .optional();
  }

  /**
   * @return empty when the measure, or the year of the measure, is not in the national data
   */
  public Optional<Statistics> of(String measureCode, String year, String authority) {
    Optional<Measure> measure = measure(measureCode);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    PublishedFigures published = new PublishedFigures();
    LaitAreas areas = new LaitAreas();
    db
        .sql(
            "select year, area_code, area_name, region, value, suppression from national_value"
                + " where measure_code = ?")
        .param(measureCode)
        .query(
            (rs, n) ->
                new LaitValue(
                    measureCode,
                    measure.get().name(),
                    rs.getString("year"),
                    rs.getString("area_code"),
                    rs.getString("area_name"),
                    rs.getString("region"),
                    rs.getBigDecimal("value"),
                    rs.getString("suppression")))
        .stream()
        .forEach(
            value -> {
              published.accept(value);
              areas.accept(value);
            });
    List<String> years = published.yearsOf(measureCode);
    if (!years.contains(year)) {
      return Optional.empty();
    }
    MeasureYear figures = published.of(measureCode, year);
    NeighbourModel model = models().inForce(year);
    Map<String, AuthorityStatistics> statistics =
        NationalStatistics.forEveryAuthority(
            List.of(authority),
            figures,
            published.previousOf(measureCode, year),
            model,
            measure.get().polarity(),
            areas::regionOf,
            areas::nameOf);
    return Optional.of(
        new Statistics(
            measure.get(), year, areas.nameOf(authority), statistics.get(authority), years));
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
