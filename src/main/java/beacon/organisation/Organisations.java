package beacon.organisation;

import beacon.rules.rating.RagWords;
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
    return db.sql(
            "select id, code, name, region, not_rated_word, not_rated_colour from organisation where code = :code")
        .param("code", code)
        .query(Organisation.class)
        .optional();
  }

  public List<Organisation> all() {
    return db.sql(
            "select id, code, name, region, not_rated_word, not_rated_colour from organisation order by name")
        .query(Organisation.class)
        .list();
  }

  /** Whether Beacon holds any council yet. */
  public boolean any() {
    return db.sql("select exists (select 1 from organisation)").query(Boolean.class).single();
  }

  public Optional<OrganisationSettings> settingsOf(String code) {
    return db.sql(
            """
            select id, code, name, short_name, ons_code, kind, region, not_rated_word, not_rated_colour,
                   version
              from organisation where code = :code
            """)
        .param("code", code)
        .query(OrganisationSettings.class)
        .optional();
  }

  /**
   * Adds a council as it was set up.
   *
   * @return its id
   */
  public long add(
      OrganisationSettings.Kind kind, String code, String name, String onsCode, String region) {
    return db.sql(
            """
            insert into organisation (code, name, ons_code, kind, region)
            values (:code, :name, :ons, :kind, :region)
            returning id
            """)
        .param("code", code)
        .param("name", name)
        .param("ons", onsCode)
        .param("kind", kind.name())
        .param("region", region)
        .query(Long.class)
        .single();
  }

  /**
   * Renames a council, if it is still at the version the change was made on.
   *
   * @param shortName null for none
   * @param words its words for ratings; the standard ones are kept as none
   * @return whether it was renamed: false when another change was saved since that version
   */
  public boolean rename(long id, long version, String name, String shortName, RagWords words) {
    return db.sql(
                """
                update organisation
                   set name = :name, short_name = :short, not_rated_word = :word,
                       not_rated_colour = :colour, version = version + 1
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("name", name)
            .param("short", shortName)
            .param("word", words.named() ? words.notRated() : null)
            .param("colour", words.named() ? words.notRatedColour().name() : null)
            .update()
        == 1;
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
