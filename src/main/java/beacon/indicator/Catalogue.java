package beacon.indicator;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of an organisation's catalogue as they are added and changed; each sits in a
 * portfolio, priority and theme named when it is added. Its portfolios, priorities and themes are
 * {@link Portfolios}, {@link Priorities} and {@link Themes}; its history {@link CatalogueChanges}.
 */
@Repository
public class Catalogue {

  /** Where an indicator sits, by ids. */
  public record Placing(Long portfolioId, Long priorityId, Long themeId) {}

  private final JdbcClient db;
  private final CatalogueChanges changes;

  Catalogue(JdbcClient db, CatalogueChanges changes) {
    this.db = db;
    this.changes = changes;
  }

  /** Adds an indicator; its portfolio, priority and theme must exist already. */
  public long addIndicator(NewIndicator indicator) {
    Long portfolio = idNamed("portfolio", indicator.organisationId(), indicator.portfolio());
    Long priority = idNamed("priority", indicator.organisationId(), indicator.priority());
    Long theme = themeId(indicator);
    return bind(
            db.sql(
                """
                insert into indicator (organisation_id, code, title, definition, polarity, unit,
                       decimal_places, frequency, data_period, lag_months, target_type, owner,
                       status, portfolio_id, priority_id, theme_id, reported_from, reported_to,
                       position, note)
                values (:organisation, :code, :title, :definition, :polarity, :unit, :decimals,
                       :frequency, :dataPeriod, :lag, :targetType, :owner, :status, :portfolio,
                       :priority, :theme, :from, :to, :position, :note)
                returning id
                """),
            indicator,
            portfolio,
            priority,
            theme)
        .param("organisation", indicator.organisationId())
        .param("note", indicator.note())
        .query(Long.class)
        .single();
  }

  @Transactional
  public long createIndicator(NewIndicator indicator, Edit edit) {
    long id = addIndicator(indicator);
    changes.recordCreation(indicator.organisationId(), Table.INDICATOR, id, edit);
    return id;
  }

  /**
   * Changes an indicator, its code included (not its note); portfolio, priority and theme are
   * names.
   */
  @Transactional
  public void updateIndicator(long id, NewIndicator indicator, Edit edit) {
    changes.recordChange(indicator.organisationId(), Table.INDICATOR, id, edit);
    bind(
            db.sql(
                """
                update indicator set code = :code, title = :title, definition = :definition,
                       polarity = :polarity, unit = :unit, decimal_places = :decimals,
                       frequency = :frequency, data_period = :dataPeriod, lag_months = :lag,
                       target_type = :targetType, owner = :owner, status = :status,
                       portfolio_id = :portfolio, priority_id = :priority, theme_id = :theme,
                       reported_from = :from, reported_to = :to, position = :position
                 where id = :id
                """),
            indicator,
            idNamed("portfolio", indicator.organisationId(), indicator.portfolio()),
            idNamed("priority", indicator.organisationId(), indicator.priority()),
            themeId(indicator))
        .param("id", id)
        .update();
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

  public Placing placingOf(long indicatorId) {
    return db.sql("select portfolio_id, priority_id, theme_id from indicator where id = :id")
        .param("id", indicatorId)
        .query(Placing.class)
        .single();
  }

  /** The indicator's columns an insert and an update both set. */
  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql,
      NewIndicator indicator,
      Long portfolio,
      Long priority,
      Long theme) {
    return sql.param("code", indicator.code())
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
        .param("position", indicator.position());
  }

  private Long idNamed(String table, long organisationId, String name) {
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

  private Long themeId(NewIndicator indicator) {
    if (indicator.theme() == null) {
      return null;
    }
    return db.sql(
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
            () -> new IllegalArgumentException("There is no theme '" + indicator.theme() + "'"));
  }
}
