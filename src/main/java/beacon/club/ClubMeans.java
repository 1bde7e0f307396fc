package beacon.club;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Comparator;
import beacon.rules.period.Periods;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The means of the clubs an organisation's indicators are shared with, as benchmarks: for every
 * period any member sharing the measure has a figure for, the simple mean of the members' figures
 * ("Thames Valley club mean"), so that scorecards and papers print it beside England and the
 * neighbours. Each is known once its period has ended.
 */
@Service
public class ClubMeans {

  private static final int DECIMALS = 6;

  private final JdbcClient db;

  ClubMeans(JdbcClient db) {
    this.db = db;
  }

  /** The club means of each indicator shared with a club, by indicator id. */
  public Map<Long, List<Benchmark>> of(Collection<Long> indicatorIds) {
    Map<Long, List<Benchmark>> means = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return means;
    }
    db.sql(
            """
            select s.indicator_id, c.name, v.period_code, avg(v.value) as mean,
                   count(distinct m.organisation_id) as members
              from club_share s
              join benchmarking_club c on c.id = s.club_id
              join club_share other on other.club_id = s.club_id and other.ended_at is null
                   and lower(btrim(other.measure)) = lower(btrim(s.measure))
              join club_member m on m.club_id = s.club_id and m.organisation_id = other.organisation_id
                   and m.left_at is null
              join indicator_value v on v.indicator_id = other.indicator_id
                   and v.superseded_at is null and v.value is not null
             where s.ended_at is null and s.indicator_id in (:ids)
             group by s.indicator_id, c.name, v.period_code
            """)
        .param("ids", indicatorIds)
        .query(
            rs -> {
              long indicator = rs.getLong("indicator_id");
              String club = rs.getString("name");
              int members = rs.getInt("members");
              means
                  .computeIfAbsent(indicator, id -> new ArrayList<>())
                  .add(
                      new Benchmark(
                          indicator,
                          null,
                          Comparator.OTHER,
                          club + " mean",
                          Periods.fromCode(rs.getString("period_code")),
                          rs.getBigDecimal("mean")
                              .setScale(DECIMALS, RoundingMode.HALF_UP)
                              .stripTrailingZeros(),
                          club + ", " + members + (members == 1 ? " member" : " members")));
            });
    return means;
  }

  /** The benchmarks recorded for the indicators, with their club means added. */
  public Map<Long, List<Benchmark>> addedTo(
      Map<Long, List<Benchmark>> recorded, Collection<Long> indicatorIds) {
    Map<Long, List<Benchmark>> means = of(indicatorIds);
    if (means.isEmpty()) {
      return recorded;
    }
    Map<Long, List<Benchmark>> all = new HashMap<>(recorded);
    means.forEach(
        (id, club) -> {
          List<Benchmark> both = new ArrayList<>(all.getOrDefault(id, List.of()));
          both.addAll(club);
          all.put(id, List.copyOf(both));
        });
    return all;
  }
}
