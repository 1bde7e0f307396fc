package beacon;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many changes the audit trail holds for an organisation: every change to its data writes a row
 * there (by the database's own triggers), so a count that stays the same means nothing changed.
 */
@Component
public class AuditedChanges {

  private final JdbcClient db;

  AuditedChanges(JdbcClient db) {
    this.db = db;
  }

  /** The number of changes recorded for the organisation with this code. */
  public long of(String organisationCode) {
    return db.sql(
            """
            select count(*) from audit_event e join organisation o on o.id = e.organisation_id
             where o.code = :code
            """)
        .param("code", organisationCode)
        .query(Long.class)
        .single();
  }
}
