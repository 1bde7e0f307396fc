package beacon.indicator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's catalogue: portfolios, priorities, themes and indicators. Every change made
 * through an {@link Edit} keeps what the row was before, who changed it, when and why.
 */
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

  // ---- Reading the catalogue for its administration pages ----

  /** A portfolio: the cabinet member's area of the council's work. */
  public record Portfolio(long id, String name, String cabinetMember, String note) {}

  /** A priority of the council's plan. */
  public record Priority(long id, String name, String description) {}

  /** A theme within a priority. */
  public record Theme(long id, long priorityId, String priority, String name, int position) {}

  /** Where an indicator sits, by ids. */
  public record Placing(Long portfolioId, Long priorityId, Long themeId) {}

  /** Who makes a change and why; {@code version} is the version their form was opened at. */
  public record Edit(String by, String reason, Integer version) {}

  /**
   * One recorded change of a row: its values before (empty for the row's creation), who, when, why.
   */
  public record Change(
      long id,
      String changedBy,
      OffsetDateTime changedAt,
      String reason,
      Map<String, String> oldValues) {

    public boolean creation() {
      return oldValues.isEmpty();
    }
  }

  /** The catalogue tables whose changes are recorded. */
  public enum Table {
    INDICATOR,
    PORTFOLIO,
    PRIORITY,
    THEME,
    RAG_SCHEME;

    public String sqlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Someone else saved the row since the form was opened at {@code expected}. */
  public static class StaleEditException extends RuntimeException {
    public StaleEditException(Table table, long rowId) {
      super("The " + table.sqlName() + " " + rowId + " was changed since the form was opened");
    }
  }

  public List<Portfolio> portfolios(long organisationId) {
    return db.sql(
            "select id, name, cabinet_member, note from portfolio where organisation_id = :o order by name")
        .param("o", organisationId)
        .query(Portfolio.class)
        .list();
  }

  public Optional<Portfolio> portfolio(long organisationId, long id) {
    return db.sql(
            "select id, name, cabinet_member, note from portfolio where organisation_id = :o and id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Portfolio.class)
        .optional();
  }

  public List<Priority> priorities(long organisationId) {
    return db.sql(
            "select id, name, description from priority where organisation_id = :o order by name")
        .param("o", organisationId)
        .query(Priority.class)
        .list();
  }

  public Optional<Priority> priority(long organisationId, long id) {
    return db.sql(
            "select id, name, description from priority where organisation_id = :o and id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Priority.class)
        .optional();
  }

  private static final String THEMES =
      """
      select t.id, t.priority_id, p.name as priority, t.name, t.position
        from theme t join priority p on p.id = t.priority_id
       where p.organisation_id = :o
      """;

  public List<Theme> themes(long organisationId) {
    return db.sql(THEMES + " order by p.name, t.position, t.name")
        .param("o", organisationId)
        .query(Theme.class)
        .list();
  }

  public Optional<Theme> theme(long organisationId, long id) {
    return db.sql(THEMES + " and t.id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Theme.class)
        .optional();
  }

  public Placing placingOf(long indicatorId) {
    return db.sql("select portfolio_id, priority_id, theme_id from indicator where id = :id")
        .param("id", indicatorId)
        .query(Placing.class)
        .single();
  }

  // ---- Changing the catalogue, keeping what was there ----

  @Transactional
  public long createPortfolio(
      long organisationId, String name, String member, String note, Edit e) {
    long id = addPortfolio(organisationId, name, member, note);
    recordCreation(organisationId, Table.PORTFOLIO, id, e);
    return id;
  }

  @Transactional
  public void updatePortfolio(
      long organisationId, long id, String name, String member, String note, Edit edit) {
    recordChange(organisationId, Table.PORTFOLIO, id, edit);
    db.sql(
            "update portfolio set name = :name, cabinet_member = :member, note = :note where id = :id")
        .param("name", name)
        .param("member", member)
        .param("note", note)
        .param("id", id)
        .update();
  }

  @Transactional
  public long createPriority(long organisationId, String name, String description, Edit edit) {
    long id = addPriority(organisationId, name, description);
    recordCreation(organisationId, Table.PRIORITY, id, edit);
    return id;
  }

  @Transactional
  public void updatePriority(
      long organisationId, long id, String name, String description, Edit edit) {
    recordChange(organisationId, Table.PRIORITY, id, edit);
    db.sql("update priority set name = :name, description = :description where id = :id")
        .param("name", name)
        .param("description", description)
        .param("id", id)
        .update();
  }

  @Transactional
  public long createTheme(
      long organisationId, long priorityId, String name, int position, Edit edit) {
    long id =
        db.sql(
                "insert into theme (priority_id, name, position) values (:p, :name, :position) returning id")
            .param("p", priorityId)
            .param("name", name)
            .param("position", position)
            .query(Long.class)
            .single();
    recordCreation(organisationId, Table.THEME, id, edit);
    return id;
  }

  @Transactional
  public void updateTheme(
      long organisationId, long id, long priorityId, String name, int position, Edit edit) {
    recordChange(organisationId, Table.THEME, id, edit);
    db.sql("update theme set priority_id = :p, name = :name, position = :position where id = :id")
        .param("p", priorityId)
        .param("name", name)
        .param("position", position)
        .param("id", id)
        .update();
  }

  @Transactional
  public long createIndicator(NewIndicator indicator, Edit edit) {
    long id = addIndicator(indicator);
    recordCreation(indicator.organisationId(), Table.INDICATOR, id, edit);
    return id;
  }

  /** Changes an indicator, its code included; portfolio, priority and theme are names. */
  @Transactional
  public void updateIndicator(long id, NewIndicator indicator, Edit edit) {
    recordChange(indicator.organisationId(), Table.INDICATOR, id, edit);
    db.sql(
            """
            update indicator set code = :code, title = :title, definition = :definition,
                   polarity = :polarity, unit = :unit, decimal_places = :decimals,
                   frequency = :frequency, data_period = :dataPeriod, lag_months = :lag,
                   target_type = :targetType, owner = :owner, status = :status,
                   portfolio_id = :portfolio, priority_id = :priority, theme_id = :theme,
                   reported_from = :from, reported_to = :to, position = :position
             where id = :id
            """)
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
        .param("portfolio", idOf("portfolio", indicator.organisationId(), indicator.portfolio()))
        .param("priority", idOf("priority", indicator.organisationId(), indicator.priority()))
        .param("theme", themeId(indicator))
        .param("from", indicator.reportedFrom())
        .param("to", indicator.reportedTo())
        .param("position", indicator.position())
        .param("id", id)
        .update();
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

  /** Records that a row was created, by whom and why. */
  public void recordCreation(long organisationId, Table table, long rowId, Edit edit) {
    db.sql(
            """
            insert into catalogue_change (organisation_id, table_name, row_id, changed_by, reason)
            values (:o, :t, :row, :by, :reason)
            """)
        .param("o", organisationId)
        .param("t", table.sqlName())
        .param("row", rowId)
        .param("by", edit.by())
        .param("reason", edit.reason())
        .update();
  }

  /**
   * Keeps a row's values before it changes, after checking nobody saved it since the editor's form
   * was opened; call it in the transaction that changes the row, before the change.
   *
   * @throws StaleEditException when the row's version is no longer the edit's
   */
  public void recordChange(long organisationId, Table table, long rowId, Edit edit) {
    db.sql("select id from " + table.sqlName() + " where id = :id for update")
        .param("id", rowId)
        .query(Long.class)
        .single();
    if (edit.version() != null && edit.version() != version(table, rowId)) {
      throw new StaleEditException(table, rowId);
    }
    String snapshot =
        table == Table.RAG_SCHEME
            ? """
              to_jsonb(r) || jsonb_build_object('in_force_from',
                (select min(u.effective_from)::text from rag_scheme_use u
                  where u.rag_scheme_id = r.id and u.indicator_id is null))
              """
            : "to_jsonb(r)";
    db.sql(
            "insert into catalogue_change (organisation_id, table_name, row_id, old_values, changed_by, reason)"
                + " select :o, :t, r.id, "
                + snapshot
                + ", :by, :reason from "
                + table.sqlName()
                + " r where r.id = :row")
        .param("o", organisationId)
        .param("t", table.sqlName())
        .param("row", rowId)
        .param("by", edit.by())
        .param("reason", edit.reason())
        .update();
  }

  /** How many changes are recorded for a row: the version an edit form carries. */
  public int version(Table table, long rowId) {
    return db.sql("select count(*) from catalogue_change where table_name = :t and row_id = :row")
        .param("t", table.sqlName())
        .param("row", rowId)
        .query(Integer.class)
        .single();
  }

  /** A row's recorded changes, oldest first. */
  public List<Change> changesOf(Table table, long rowId) {
    Map<Long, Change> changes = new LinkedHashMap<>();
    db.sql(
            """
            select c.id, c.changed_by, c.changed_at, c.reason, e.key, e.value
              from catalogue_change c
              left join lateral jsonb_each_text(c.old_values) e on true
             where c.table_name = :t and c.row_id = :row
             order by c.changed_at, c.id, e.key
            """)
        .param("t", table.sqlName())
        .param("row", rowId)
        .query(
            (rs, n) -> {
              Change change =
                  changes.computeIfAbsent(
                      rs.getLong("id"),
                      id -> {
                        try {
                          return new Change(
                              id,
                              rs.getString("changed_by"),
                              rs.getObject("changed_at", OffsetDateTime.class),
                              rs.getString("reason"),
                              new LinkedHashMap<>());
                        } catch (java.sql.SQLException ex) {
                          throw new IllegalStateException(ex);
                        }
                      });
              if (rs.getString("key") != null) {
                change.oldValues().put(rs.getString("key"), rs.getString("value"));
              }
              return change;
            })
        .list();
    return new ArrayList<>(changes.values());
  }

  /** A row's values now, as its recorded changes hold them. */
  public Map<String, String> currentValues(Table table, long rowId) {
    Map<String, String> values = new LinkedHashMap<>();
    String snapshot =
        table == Table.RAG_SCHEME
            ? """
              to_jsonb(r) || jsonb_build_object('in_force_from',
                (select min(u.effective_from)::text from rag_scheme_use u
                  where u.rag_scheme_id = r.id and u.indicator_id is null))
              """
            : "to_jsonb(r)";
    db.sql(
            "select e.key, e.value from "
                + table.sqlName()
                + " r, jsonb_each_text("
                + snapshot
                + ") e where r.id = :row order by e.key")
        .param("row", rowId)
        .query((rs, n) -> values.put(rs.getString("key"), rs.getString("value")))
        .list();
    return values;
  }
}
