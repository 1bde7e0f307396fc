package beacon.indicator;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's portfolios; a change made through an {@link Edit} keeps what it was. */
@Repository
public class Portfolios {

  private static final String SELECT =
      "select id, name, cabinet_member, note from portfolio where organisation_id = :o";

  private final JdbcClient db;
  private final CatalogueChanges changes;

  Portfolios(JdbcClient db, CatalogueChanges changes) {
    this.db = db;
    this.changes = changes;
  }

  /** Adds a portfolio without recording who added it (loading data). */
  public long add(long organisationId, String name, String cabinetMember, String note) {
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

  @Transactional
  public long create(long organisationId, String name, String member, String note, Edit edit) {
    long id = add(organisationId, name, member, note);
    changes.recordCreation(organisationId, Table.PORTFOLIO, id, edit);
    return id;
  }

  @Transactional
  public void update(
      long organisationId, long id, String name, String member, String note, Edit edit) {
    changes.recordChange(organisationId, Table.PORTFOLIO, id, edit);
    db.sql(
            "update portfolio set name = :name, cabinet_member = :member, note = :note where id = :id")
        .param("name", name)
        .param("member", member)
        .param("note", note)
        .param("id", id)
        .update();
  }

  /** The organisation's portfolios by name. */
  public List<Portfolio> of(long organisationId) {
    return db.sql(SELECT + " order by name")
        .param("o", organisationId)
        .query(Portfolio.class)
        .list();
  }

  public Optional<Portfolio> withId(long organisationId, long id) {
    return db.sql(SELECT + " and id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Portfolio.class)
        .optional();
  }
}
