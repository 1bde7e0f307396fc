package beacon.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The councils Beacon holds. */
@Repository
public class Organisations {

  private final JdbcClient db;

  Organisations(JdbcClient db) {
    this.db = db;
  }

  public Optional<Organisation> withCode(String code) {
    return db.sql("select id, code, name, region from organisation where code = :code")
        .param("code", code)
        .query(Organisation.class)
        .optional();
  }

  public List<Organisation> all() {
    return db.sql("select id, code, name, region from organisation order by name")
        .query(Organisation.class)
        .list();
  }

  public long add(String code, String name, String region) {
    return db.sql(
            "insert into organisation (code, name, region) values (:code, :name, :region) returning id")
        .param("code", code)
        .param("name", name)
        .param("region", region)
        .query(Long.class)
        .single();
  }
}
