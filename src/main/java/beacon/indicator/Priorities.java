package beacon.indicator;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priorities of an organisation's plan; a change made through an {@link Edit} keeps what it
 * was.
 */
@Repository
public class Priorities {

  private static final String SELECT =
      "select id, name, description from priority where organisation_id = :o";

  private final JdbcClient db;
  private final CatalogueChanges changes;

  Priorities(JdbcClient db, CatalogueChanges changes) {
    this.db = db;
    this.changes = changes;
  }

  /** Adds a priority without recording who added it (loading data). */
  public long add(long organisationId, String name, String description) {
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

  @Transactional
  public long create(long organisationId, String name, String description, Edit edit) {
    long id = add(organisationId, name, description);
    changes.recordCreation(organisationId, Table.PRIORITY, id, edit);
    return id;
  }

  @Transactional
  public void update(long organisationId, long id, String name, String description, Edit edit) {
    changes.recordChange(organisationId, Table.PRIORITY, id, edit);
    db.sql("update priority set name = :name, description = :description where id = :id")
        .param("name", name)
        .param("description", description)
        .param("id", id)
        .update();
  }

  /** The organisation's priorities by name. */
  public List<Priority> of(long organisationId) {
    return db.sql(SELECT + " order by name")
        .param("o", organisationId)
        .query(Priority.class)
        .list();
  }

  public Optional<Priority> withId(long organisationId, long id) {
    return db.sql(SELECT + " and id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Priority.class)
        .optional();
  }
}
