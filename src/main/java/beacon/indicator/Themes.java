package beacon.indicator;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes within an organisation's priorities; a change made through an {@link Edit} keeps what
 * it was.
 */
@Repository
public class Themes {

  private static final String SELECT =
      """
      select t.id, t.priority_id, p.name as priority, t.name, t.position
        from theme t join priority p on p.id = t.priority_id
       where p.organisation_id = :o
      """;

  private final JdbcClient db;
  private final CatalogueChanges changes;

  Themes(JdbcClient db, CatalogueChanges changes) {
    this.db = db;
    this.changes = changes;
  }

  /** Adds a theme to the priority with a name without recording who added it (loading data). */
  public long add(long organisationId, String priority, String name, int position) {
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

  @Transactional
  public long create(long organisationId, long priorityId, String name, int position, Edit edit) {
    long id =
        db.sql(
                "insert into theme (priority_id, name, position) values (:p, :name, :position) returning id")
            .param("p", priorityId)
            .param("name", name)
            .param("position", position)
            .query(Long.class)
            .single();
    changes.recordCreation(organisationId, Table.THEME, id, edit);
    return id;
  }

  @Transactional
  public void update(
      long organisationId, long id, long priorityId, String name, int position, Edit edit) {
    changes.recordChange(organisationId, Table.THEME, id, edit);
    db.sql("update theme set priority_id = :p, name = :name, position = :position where id = :id")
        .param("p", priorityId)
        .param("name", name)
        .param("position", position)
        .param("id", id)
        .update();
  }

  /** The organisation's themes by priority, then position. */
  public List<Theme> of(long organisationId) {
    return db.sql(SELECT + " order by p.name, t.position, t.name")
        .param("o", organisationId)
        .query(Theme.class)
        .list();
  }

  public Optional<Theme> withId(long organisationId, long id) {
    return db.sql(SELECT + " and t.id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Theme.class)
        .optional();
  }
}
