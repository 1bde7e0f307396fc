package beacon.indicator;

import beacon.rules.period.FinancialYear;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's indicator catalogue. */
@Repository
public class Indicators {

  private static final String SELECT =
      """
      select i.id, i.organisation_id, i.code, i.title, i.definition, i.polarity, i.unit,
             i.decimal_places, i.frequency, i.data_period, i.lag_months, i.target_type, i.owner,
             i.status, p.name as portfolio, p.cabinet_member, pr.name as priority, t.name as theme,
             t.position as theme_position, i.reported_from, i.reported_to, i.position, i.note
        from indicator i
        left join portfolio p on p.id = i.portfolio_id
        left join priority pr on pr.id = i.priority_id
        left join theme t on t.id = i.theme_id
      """;

  private final JdbcClient db;

  Indicators(JdbcClient db) {
    this.db = db;
  }

  public Optional<Indicator> withCode(long organisationId, String code) {
    return db.sql(SELECT + " where i.organisation_id = :organisation and i.code = :code")
        .param("organisation", organisationId)
        .param("code", code)
        .query(Indicator.class)
        .optional();
  }

  /** Every indicator in an organisation's catalogue, reported now or not, in paper order. */
  public List<Indicator> allOf(long organisationId) {
    return db.sql(SELECT + " where i.organisation_id = :organisation order by i.position, i.code")
        .param("organisation", organisationId)
        .query(Indicator.class)
        .list();
  }

  /** The indicators an organisation reports in a financial year, in the order of its papers. */
  public List<Indicator> reportedIn(long organisationId, FinancialYear year) {
    return db.sql(
            SELECT
                + """
                 where i.organisation_id = :organisation
                   and (i.reported_from is null or i.reported_from <= :year)
                   and (i.reported_to is null or i.reported_to >= :year)
                 order by i.position, i.code
                """)
        .param("organisation", organisationId)
        .param("year", year.code())
        .query(Indicator.class)
        .list();
  }
}
