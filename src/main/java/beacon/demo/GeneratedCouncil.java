package beacon.demo;

import beacon.organisation.Organisations;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A made-up council with a large catalogue, for measuring Beacon at size: 1,000 monthly indicators
 * in 5 portfolios and 12 themes, with ten years of values (April 2016 to March 2026), a target for
 * each financial year, an England benchmark and commentary for the last quarter. Its figures are
 * generated, not real: it is never loaded unless asked for.
 */
@Component
public class GeneratedCouncil {

  public static final String CODE = "900";
  static final int INDICATORS = 1_000;
  static final LocalDate FIRST_MONTH = LocalDate.of(2016, 4, 1);
  static final int MONTHS = 120;

  private static final Logger log = LoggerFactory.getLogger(GeneratedCouncil.class);
  private static final String BY = "Beacon generated data";

  private final JdbcClient db;
  private final Organisations organisations;

  GeneratedCouncil(JdbcClient db, Organisations organisations) {
    this.db = db;
    this.organisations = organisations;
  }

  /** Adds the council unless it is there already. */
  @Transactional
  public void addIfMissing() {
    if (organisations.withCode(CODE).isPresent()) {
      return;
    }
    long id = organisations.add(CODE, "Generated council (1,000 indicators)", "South East");
    run(
        """
        insert into portfolio (organisation_id, name, cabinet_member)
        select :org, 'Portfolio ' || p, 'Cabinet Member ' || p from generate_series(1, 5) p
        """,
        id);
    run(
        """
        insert into priority (organisation_id, name)
        select :org, 'Priority ' || p from generate_series(1, 4) p
        """,
        id);
    run(
        """
        insert into theme (priority_id, name, position)
        select pr.id, pr.name || ' theme ' || t, t
          from priority pr, generate_series(1, 3) t where pr.organisation_id = :org
        """,
        id);
    run(
        """
        insert into indicator (organisation_id, code, title, definition, polarity, unit, decimal_places,
               frequency, data_period, owner, portfolio_id, priority_id, theme_id, reported_from, position)
        select :org, 'G' || lpad(n::text, 4, '0'), 'Generated indicator ' || n,
               'A made-up monthly percentage for measuring Beacon at size',
               case when n % 3 = 0 then 'LOW' else 'HIGH' end, 'PERCENT', 1, 'MONTH', 'Month',
               'Owner ' || (n % 20 + 1),
               (select id from portfolio where organisation_id = :org and name = 'Portfolio ' || (n % 5 + 1)),
               th.priority_id, th.id, '2016-17', n
          from generate_series(1, 1000) n
          join lateral (select t.id, t.priority_id from theme t join priority p on p.id = t.priority_id
                         where p.organisation_id = :org
                         order by p.name, t.position offset (n % 12) limit 1) th on true
        """,
        id);
    run(
        """
        insert into target (indicator_id, period_code, period_start, period_end, target, tolerance, recorded_by)
        select i.id, y || '-' || lpad(((y + 1) % 100)::text, 2, '0'), make_date(y, 4, 1),
               make_date(y + 1, 3, 31), case when i.polarity = 'LOW' then 20 else 80 end, 2, :by
          from indicator i, generate_series(2016, 2025) y where i.organisation_id = :org
        """,
        id);
    run(
        """
        insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
               numerator, denominator, recorded_by)
        select i.id, to_char(m, 'YYYY-MM'), m, (m + interval '1 month - 1 day')::date,
               round(v.numerator * 100.0 / 200, 1), v.numerator, 200, :by
          from indicator i
          cross join generate_series(:first::date, :first::date + (:months - 1) * interval '1 month',
                                     interval '1 month') m
          cross join lateral (select case when i.polarity = 'LOW' then 10 else 130 end
                                     + abs(hashtext(i.code || m::text)) % 70 as numerator) v
         where i.organisation_id = :org
        """,
        id);
    run(
        """
        insert into benchmark (indicator_id, comparator, comparator_name, period_code, value, source, recorded_by)
        select i.id, 'ENGLAND', 'England', '2024-25', case when i.polarity = 'LOW' then 22 else 78 end,
               'Generated', :by
          from indicator i where i.organisation_id = :org
        """,
        id);
    run(
        """
        insert into commentary (indicator_id, reporting_period_code, narrative, author, state, recorded_by)
        select i.id, '2025-26-Q4', 'Generated commentary for ' || i.title || '.', i.owner, 'APPROVED', :by
          from indicator i where i.organisation_id = :org
        """,
        id);
    run(
        """
        insert into rag_scheme (organisation_id, name, kind, band) values (:org, 'Within 10%', 'RELATIVE_BAND', 10)
        """,
        id);
    run(
        """
        insert into rag_scheme_use (organisation_id, rag_scheme_id, effective_from)
        select :org, id, date '2016-04-01' from rag_scheme where organisation_id = :org
        """,
        id);
    log.info(
        "Added the generated council {} with {} indicators and {} months of values",
        CODE,
        INDICATORS,
        MONTHS);
  }

  private void run(String sql, long organisationId) {
    var statement = db.sql(sql);
    if (sql.contains(":org")) {
      statement = statement.param("org", organisationId);
    }
    if (sql.contains(":by")) {
      statement = statement.param("by", BY);
    }
    if (sql.contains(":first")) {
      statement = statement.param("first", FIRST_MONTH).param("months", MONTHS);
    }
    statement.update();
  }
}
