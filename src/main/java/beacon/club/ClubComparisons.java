package beacon.club;

import beacon.rules.club.ClubStanding;
import beacon.rules.rating.Polarity;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An indicator compared in each club it is shared with: every member sharing the same measure, with
 * its figure for the same period, the club's mean and each member's rank. Only what members chose
 * to share is read, and only while they are members.
 */
@Service
public class ClubComparisons {

  /**
   * One club's comparison of a measure for a period.
   *
   * @param memberCode the code of the organisation whose indicator is compared
   */
  public record ClubComparison(
      Clubs.Share share, String periodCode, ClubStanding standing, String memberCode) {

    /** The organisation's own place in the club. */
    public ClubStanding.Member own() {
      return standing.of(memberCode);
    }
  }

  private final Clubs clubs;
  private final JdbcClient db;

  ClubComparisons(Clubs clubs, JdbcClient db) {
    this.clubs = clubs;
    this.db = db;
  }

  /**
   * @param memberCode the code of the indicator's organisation
   * @param polarity the indicator's, which decides the ranks
   */
  public List<ClubComparison> of(
      long indicatorId, String memberCode, Polarity polarity, String periodCode) {
    return clubs.sharesOf(indicatorId).stream()
        .map(
            share ->
                new ClubComparison(
                    share,
                    periodCode,
                    ClubStanding.of(figures(share, periodCode), polarity),
                    memberCode))
        .toList();
  }

  private List<ClubStanding.Figure> figures(Clubs.Share share, String periodCode) {
    return db.sql(
            """
            select o.code, o.name, v.value
              from club_share s
              join indicator i on i.id = s.indicator_id
              join organisation o on o.id = i.organisation_id
              join club_member m on m.club_id = s.club_id and m.organisation_id = o.id
                   and m.left_at is null
              left join indicator_value v on v.indicator_id = s.indicator_id
                   and v.period_code = :period and v.superseded_at is null
             where s.club_id = :club and s.ended_at is null
               and lower(btrim(s.measure)) = lower(btrim(:measure))
             order by o.name
            """)
        .param("period", periodCode)
        .param("club", share.clubId())
        .param("measure", share.measure())
        .query(
            (rs, n) ->
                new ClubStanding.Figure(
                    rs.getString("code"), rs.getString("name"), rs.getBigDecimal("value")))
        .list();
  }
}
