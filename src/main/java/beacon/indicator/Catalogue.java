package beacon.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adds to an organisation's catalogue: portfolios, priorities, themes and indicators. */
@Repository
public class Catalogue {

  private final JdbcClient db;

  Catalogue(JdbcClient db) {
    this.db = db;
  }

  public long addPortfolio(long organisationId, String name, String cabinetMember, String note) {
    return db.sql(
            """
            insert into portfolio (organisation_id, name, cabinet_member, note)
            values (:organisation, :name, :member, :note) returning id
            """)
        .param("organisation", organisationId)
        .param("name", name)
        .param("member", cabinetMember)
        .param("note", note)
        .query(Long.class)
        .single();
  }

  public long addPriority(long organisationId, String name, String description) {
    return db.sql(
            """
            insert into priority (organisation_id, name, description)
            values (:organisation, :name, :description) returning id
            """)
        .param("organisation", organisationId)
        .param("name", name)
        .param("description", description)
        .query(Long.class)
        .single();
  }

  public long addTheme(long organisationId, String priority, String name, int position) {
    return db.sql(
            """
            insert into theme (priority_id, name, position)
            select id, :name, :position from priority where organisation_id = :organisation and name = :priority
            returning id
            """)
        .param("organisation", organisationId)
        .param("priority", priority)
        .param("name", name)
        .param("position", position)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("There is no priority '" + priority + "'"));
  }

  /** Adds an indicator; its portfolio, priority and theme must exist already. */
  public long addIndicator(NewIndicator indicator) {
    Long portfolio = idOf("portfolio", indicator.organisationId(), indicator.portfolio());
    Long priority = idOf("priority", indicator.organisationId(), indicator.priority());
    Long theme =
        indicator.theme() == null
            ? null
            : db.sql(
                    """
                    select t.id from theme t join priority p on p.id = t.priority_id
                     where p.organisation_id = :organisation and p.name = :priority and t.name = :theme
                    """)
                .param("organisation", indicator.organisationId())
                .param("priority", indicator.priority())
                .param("theme", indicator.theme())
                .query(Long.class)
                .optional()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "There is no theme '" + indicator.theme() + "'"));
    return db.sql(
            """
            insert into indicator (organisation_id, code, title, definition, polarity, unit, decimal_places,
                   frequency, data_period, lag_months, target_type, owner, status, portfolio_id,
                   priority_id, theme_id, reported_from, reported_to, position, note)
            values (:organisation, :code, :title, :definition, :polarity, :unit, :decimals, :frequency,
                   :dataPeriod, :lag, :targetType, :owner, :status, :portfolio, :priority, :theme,
                   :from, :to, :position, :note)
            returning id
            """)
        .param("organisation", indicator.organisationId())
        .param("code", indicator.code())
        .param("title", indicator.title())
        .param("definition", indicator.definition())
        .param("polarity", indicator.polarity().name())
        .param("unit", indicator.unit().name())
        .param("decimals", indicator.decimalPlaces())
        .param("frequency", indicator.frequency().name())
        .param("dataPeriod", indicator.dataPeriod())
        .param("lag", indicator.lagMonths())
        .param("targetType", indicator.targetType() == null ? null : indicator.targetType().name())
        .param("owner", indicator.owner())
        .param("status", indicator.status().name())
        .param("portfolio", portfolio)
        .param("priority", priority)
        .param("theme", theme)
        .param("from", indicator.reportedFrom())
        .param("to", indicator.reportedTo())
        .param("position", indicator.position())
        .param("note", indicator.note())
        .query(Long.class)
        .single();
  }

  /** The id of an indicator by its code within the organisation. */
  public long indicatorId(long organisationId, String code) {
    return db.sql("select id from indicator where organisation_id = :organisation and code = :code")
        .param("organisation", organisationId)
        .param("code", code)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("There is no indicator '" + code + "'"));
  }

  private Long idOf(String table, long organisationId, String name) {
    if (name == null) {
      return null;
    }
    return db.sql(
            "select id from " + table + " where organisation_id = :organisation and name = :name")
        .param("organisation", organisationId)
        .param("name", name)
        .query(Long.class)
        .optional()
        .orElseThrow(
            () -> new IllegalArgumentException("There is no " + table + " '" + name + "'"));
  }
}
