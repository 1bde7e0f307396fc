package beacon.indicator;

import beacon.rules.version.OpenedVersion;
import beacon.rules.version.SavedSinceOpenedException;
import beacon.rules.version.SavedVersion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change history of the catalogue: every change made through an {@link Edit} keeps what the row
 * was before, who changed it, when and why.
 */
@Repository
public class CatalogueChanges {

  /**
   * Who makes a change and why; {@code version} is the version their form was opened at (0 for a
   * row with no change recorded, or a form that sent none), or null for a change that comes from no
   * form (an import), which is not checked against one.
   */
  public record Edit(String by, String reason, Integer version) {}

  /**
   * A row's version: how many changes are recorded for it, who made the latest and when.
   *
   * @param id the number of changes recorded, which an edit form carries
   */
  public record RowVersion(long id, String recordedBy, Instant recordedAt)
      implements SavedVersion {}

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
      return name().toLowerCase(Locale.ROOT);
    }

    /** The row {@code r} as JSON, with what the history keeps beside its columns. */
    String snapshot() {
      return this == RAG_SCHEME
          ? """
            to_jsonb(r) || jsonb_build_object('in_force_from',
              (select min(u.effective_from)::text from rag_scheme_use u
                where u.rag_scheme_id = r.id and u.indicator_id is null))
            """
          : "to_jsonb(r)";
    }
  }

  /** Someone else saved the row since the form was opened: nothing was written. */
  public static class StaleEditException extends SavedSinceOpenedException {
    public StaleEditException(Table table, long rowId, RowVersion saved) {
      super(
          "The " + table.sqlName() + " " + rowId + " was changed since the form was opened", saved);
    }
  }

  private final JdbcClient db;

  CatalogueChanges(JdbcClient db) {
    this.db = db;
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
    if (edit.version() != null) {
      Optional<RowVersion> saved = saved(table, rowId);
      if (OpenedVersion.isStale(saved, edit.version().longValue())) {
        throw new StaleEditException(table, rowId, saved.get());
      }
    }
    db.sql(
            "insert into catalogue_change (organisation_id, table_name, row_id, old_values, changed_by, reason)"
                + " select :o, :t, r.id, "
                + table.snapshot()
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

  /** A row's version now: empty while no change of it is recorded. */
  public Optional<RowVersion> saved(Table table, long rowId) {
    return db.sql(
            """
            select count(*) over () as changes, changed_by, changed_at
              from catalogue_change
             where table_name = :t and row_id = :row
             order by changed_at desc, id desc
             limit 1
            """)
        .param("t", table.sqlName())
        .param("row", rowId)
        .query(
            (rs, n) ->
                new RowVersion(
                    rs.getLong("changes"),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
        .optional();
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
              long id = rs.getLong("id");
              Change change = changes.get(id);
              if (change == null) {
                change =
                    new Change(
                        id,
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("reason"),
                        new LinkedHashMap<>());
                changes.put(id, change);
              }
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
    db.sql(
            "select e.key, e.value from "
                + table.sqlName()
                + " r, jsonb_each_text("
                + table.snapshot()
                + ") e where r.id = :row order by e.key")
        .param("row", rowId)
        .query((rs, n) -> values.put(rs.getString("key"), rs.getString("value")))
        .list();
    return values;
  }
}
