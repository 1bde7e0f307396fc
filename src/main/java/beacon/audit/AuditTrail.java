package beacon.audit;

import beacon.rules.audit.AuditRow;
import beacon.rules.audit.Change;
import beacon.rules.audit.Changes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of an organisation, read as changes, newest first: who changed what and when,
 * from what to what, and why. The database writes the trail (migrations V008 and V051); nothing in
 * Beacon changes it. It is read from the view {@code audit_line}, one line per row changed, whether
 * the trail wrote the row alone or with the others of its statement.
 */
@Repository
public class AuditTrail {

  /** Days and times are England's. */
  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /**
   * The rows a page shows: those of the organisation the query asks for, but not a closed version
   * whose replacement the same transaction added (the pair is one change, shown with the
   * replacement; see {@link Changes#VERSION_KEY}). A row without a reason takes its transaction's,
   * when the transaction gave one only (a catalogue edit's, a correction's improvement actions).
   */
  private static final String SHOWN =
      """
        from audit_line e
       where e.organisation_id = :organisation
         and (cast(:indicator as bigint) is null or e.indicator_id = :indicator)
         and (cast(:username as text) is null or e.username = :username)
         and (cast(:from as timestamptz) is null or e.changed_at >= :from)
         and (cast(:to as timestamptz) is null or e.changed_at < :to)
         and not (e.action = 'UPDATE'
                  and e.old_row ->> 'superseded_at' is null
                  and e.new_row ->> 'superseded_at' is not null
                  and exists (
                    select 1 from audit_line n
                     where n.transaction_id = e.transaction_id and n.table_name = e.table_name
                       and n.action = 'INSERT'
                       and n.indicator_id is not distinct from e.indicator_id
                       and n.new_row ->> 'period_code' is not distinct from e.old_row ->> 'period_code'
                       and n.new_row ->> 'reporting_period_code'
                           is not distinct from e.old_row ->> 'reporting_period_code'
                       and n.new_row ->> 'comparator' is not distinct from e.old_row ->> 'comparator'
                       and n.new_row ->> 'comparator_name'
                           is not distinct from e.old_row ->> 'comparator_name'))
      """;

  private static final String COLUMNS =
      """
      select e.id, e.changed_at, e.transaction_id, e.username, e.table_name, e.action,
             e.indicator_id, coalesce(i.code, e.new_row ->> 'code', e.old_row ->> 'code') as indicator_code,
             e.old_row::text as old_row, e.new_row::text as new_row,
             coalesce(e.reason,
                      (select min(t.reason) from audit_event t
                        where t.transaction_id = e.transaction_id and t.reason is not null
                       having count(distinct t.reason) = 1)) as reason
      """;

  private final JdbcClient db;

  AuditTrail(JdbcClient db) {
    this.db = db;
  }

  /** One page of changes and how many there are in all. */
  public record Page(List<Change> changes, int total) {}

  /** The changes on one page of {@code size}, counted from 1. */
  @Transactional(readOnly = true)
  public Page read(long organisationId, AuditQuery query, int page, int size) {
    int total =
        params(db.sql("select count(*) " + SHOWN), organisationId, query)
            .query(Integer.class)
            .single();
    List<AuditRow> rows =
        params(
                db.sql(
                    COLUMNS
                        + " "
                        + joined()
                        + " order by e.changed_at desc, e.event_id desc, e.line desc"
                        + " limit :size offset :offset"),
                organisationId,
                query)
            .param("size", size)
            .param("offset", (long) (page - 1) * size)
            .query(AuditTrail::row)
            .list();
    return new Page(Changes.of(rows, closedVersionsOf(rows)), total);
  }

  /** Every change the query asks for, newest first. */
  @Transactional(readOnly = true)
  public List<Change> all(long organisationId, AuditQuery query) {
    List<AuditRow> rows =
        params(
                db.sql(
                    COLUMNS
                        + " "
                        + joined()
                        + " order by e.changed_at desc, e.event_id desc, e.line desc"),
                organisationId,
                query)
            .query(AuditTrail::row)
            .list();
    return Changes.of(rows, closedVersionsOf(rows));
  }

  private static String joined() {
    return SHOWN.replaceFirst(
        "from audit_line e", "from audit_line e left join indicator i on i.id = e.indicator_id");
  }

  /** The versions that the rows' additions replaced, to show each correction as one change. */
  private List<AuditRow> closedVersionsOf(List<AuditRow> rows) {
    List<Long> transactions =
        rows.stream()
            .filter(row -> row.action().equals("INSERT") && row.indicatorId() != null)
            .map(AuditRow::transactionId)
            .distinct()
            .toList();
    List<Long> indicators =
        rows.stream()
            .filter(row -> row.action().equals("INSERT"))
            .map(AuditRow::indicatorId)
            .filter(id -> id != null)
            .distinct()
            .toList();
    if (transactions.isEmpty()) {
      return List.of();
    }
    return db.sql(
            COLUMNS
                + """
                  from audit_line e left join indicator i on i.id = e.indicator_id
                 where e.transaction_id in (:transactions) and e.indicator_id in (:indicators)
                   and e.action = 'UPDATE'
                   and e.old_row ->> 'superseded_at' is null
                   and e.new_row ->> 'superseded_at' is not null
                 order by e.event_id desc, e.line desc
                """)
        .param("transactions", transactions)
        .param("indicators", indicators)
        .query(AuditTrail::row)
        .list();
  }

  private static JdbcClient.StatementSpec params(
      JdbcClient.StatementSpec sql, long organisationId, AuditQuery query) {
    return sql.param("organisation", organisationId)
        .param("indicator", query.indicatorId())
        .param("username", query.username())
        .param(
            "from",
            query.day() == null ? null : query.day().atStartOfDay(ENGLAND).toOffsetDateTime())
        .param(
            "to",
            query.day() == null
                ? null
                : query.day().plusDays(1).atStartOfDay(ENGLAND).toOffsetDateTime());
  }

  private static AuditRow row(ResultSet rs, int n) throws SQLException {
    return new AuditRow(
        rs.getLong("id"),
        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
        rs.getLong("transaction_id"),
        rs.getString("username"),
        rs.getString("table_name"),
        rs.getString("action"),
        rs.getObject("indicator_id", Long.class),
        rs.getString("indicator_code"),
        cells(rs.getString("old_row")),
        cells(rs.getString("new_row")),
        rs.getString("reason"));
  }

  /** A row kept as JSON, its cells as text: numbers as written, objects as JSON. */
  private static Map<String, String> cells(String json) {
    if (json == null) {
      return null;
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> cell : JSON.readTree(json).properties()) {
      JsonNode value = cell.getValue();
      cells.put(
          cell.getKey(),
          value.isNull() ? null : value.isString() ? value.asString() : value.toString());
    }
    return cells;
  }
}
