package beacon.rating;

import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import beacon.rules.rating.AgeLimit;
import beacon.rules.rating.RagScheme;
import beacon.rules.rating.SchemeUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's RAG schemes and the dates from which they are in force. */
@Repository
public class RagSchemes {

  private final JdbcClient db;
  private final CatalogueChanges changes;

  RagSchemes(JdbcClient db, CatalogueChanges changes) {
    this.db = db;
    this.changes = changes;
  }

  /** Every use of a scheme by the organisation, for itself and for single indicators. */
  public List<SchemeUse> usesBy(long organisationId) {
    return db.sql(
            """
            select i.code as indicator_code, u.effective_from, s.name, s.kind, s.band,
                   s.band_above, s.periods_behind_allowed
              from rag_scheme_use u
              join rag_scheme s on s.id = u.rag_scheme_id
              left join indicator i on i.id = u.indicator_id
             where u.organisation_id = :organisation
            """)
        .param("organisation", organisationId)
        .query(
            (rs, row) ->
                new SchemeUse(
                    rs.getString("indicator_code"),
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getString("name"),
                    SchemeKind.valueOf(rs.getString("kind"))
                        .scheme(rs.getBigDecimal("band"), rs.getBigDecimal("band_above")),
                    ageLimit((Integer) rs.getObject("periods_behind_allowed"))))
        .list();
  }

  /** The age limit a scheme's column holds; null for none. */
  public static AgeLimit ageLimit(Integer periodsBehindAllowed) {
    return periodsBehindAllowed == null ? null : new AgeLimit(periodsBehindAllowed);
  }

  /** Adds a scheme and puts it in force for the organisation from a date. */
  public long addForOrganisation(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      String description,
      LocalDate from) {
    return addForOrganisation(organisationId, name, kind, band, null, null, description, from);
  }

  /**
   * Adds a scheme and puts it in force for the organisation from a date.
   *
   * @param bandAbove how far a target range reaches above the green threshold; null for another
   *     kind
   * @param periodsBehindAllowed how old a value it still rates, in periods; null for any age
   */
  public long addForOrganisation(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      LocalDate from) {
    long schemeId =
        addUnused(organisationId, name, kind, band, bandAbove, periodsBehindAllowed, description);
    db.sql(
            """
            insert into rag_scheme_use (organisation_id, rag_scheme_id, effective_from)
            values (:organisation, :scheme, :from)
            """)
        .param("organisation", organisationId)
        .param("scheme", schemeId)
        .param("from", from)
        .update();
    return schemeId;
  }

  /** Adds a scheme in force for nothing yet: for single indicators to be rated by. */
  private long addUnused(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description) {
    kind.scheme(band, bandAbove); // checks the bands fit the kind
    ageLimit(periodsBehindAllowed); // and the age limit is one
    return db.sql(
            """
                insert into rag_scheme (organisation_id, name, kind, band, band_above,
                       periods_behind_allowed, description)
                values (:organisation, :name, :kind, :band, :above, :behind, :description)
                returning id
                """)
        .param("organisation", organisationId)
        .param("name", name)
        .param("kind", kind.name())
        .param("band", band)
        .param("above", bandAbove)
        .param("behind", periodsBehindAllowed)
        .param("description", description)
        .query(Long.class)
        .single();
  }

  // ---- Administering schemes; every change keeps the scheme as it was ----

  /**
   * A scheme as its administration pages show it.
   *
   * @param inForceFrom when it came into force for the whole organisation; null when it is only
   *     used for single indicators
   */
  public record Scheme(
      long id,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      LocalDate inForceFrom) {

    /** The rule it rates by. */
    public RagScheme rule() {
      return kind.scheme(band, bandAbove);
    }

    /** Its rule and age limit in words. */
    public String describe() {
      AgeLimit limit = ageLimit(periodsBehindAllowed);
      return rule().describe() + (limit == null ? "" : "; " + limit.describe());
    }
  }

  private static final String SCHEMES =
      """
      select s.id, s.name, s.kind, s.band, s.band_above, s.periods_behind_allowed, s.description,
             (select min(u.effective_from) from rag_scheme_use u
               where u.rag_scheme_id = s.id and u.indicator_id is null) as in_force_from
        from rag_scheme s
       where s.organisation_id = :o
      """;

  /** The organisation's schemes, the one in force from the earliest date first. */
  public List<Scheme> schemesOf(long organisationId) {
    return db.sql(SCHEMES + " order by in_force_from nulls last, s.name")
        .param("o", organisationId)
        .query(Scheme.class)
        .list();
  }

  public Optional<Scheme> scheme(long organisationId, long id) {
    return db.sql(SCHEMES + " and s.id = :id")
        .param("o", organisationId)
        .param("id", id)
        .query(Scheme.class)
        .optional();
  }

  /** The scheme, other than {@code exceptId}, put in force for the organisation on a day. */
  public Optional<String> nameInForceFrom(long organisationId, LocalDate from, Long exceptId) {
    return db.sql(
            """
            select s.name from rag_scheme_use u join rag_scheme s on s.id = u.rag_scheme_id
             where u.organisation_id = :o and u.indicator_id is null and u.effective_from = :from
               and (cast(:except as bigint) is null or s.id <> :except)
            """)
        .param("o", organisationId)
        .param("from", from)
        .param("except", exceptId)
        .query(String.class)
        .optional();
  }

  /** The id of the organisation's scheme with a name. */
  public Optional<Long> named(long organisationId, String name) {
    return db.sql("select id from rag_scheme where organisation_id = :o and name = :name")
        .param("o", organisationId)
        .param("name", name)
        .query(Long.class)
        .optional();
  }

  /** Adds a scheme in force for the organisation from a date, recording who added it. */
  @Transactional
  public long create(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      LocalDate from,
      Edit edit) {
    long id =
        addForOrganisation(
            organisationId, name, kind, band, bandAbove, periodsBehindAllowed, description, from);
    changes.recordCreation(organisationId, Table.RAG_SCHEME, id, edit);
    return id;
  }

  /**
   * Adds a scheme in force for no indicator and not for the organisation, recording who added it:
   * single indicators are then put under it ({@link IndicatorSchemes#useForIndicator}).
   */
  @Transactional
  public long createForIndicators(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Edit edit) {
    long id = addUnused(organisationId, name, kind, band, bandAbove, null, null);
    changes.recordCreation(organisationId, Table.RAG_SCHEME, id, edit);
    return id;
  }

  /**
   * Changes a scheme, keeping what it was; the ratings of every period it rates change with it. Its
   * organisation-wide use moves to {@code from} (one is added if it had none).
   */
  @Transactional
  public void update(
      long organisationId,
      long id,
      String name,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      LocalDate from,
      Edit edit) {
    kind.scheme(band, bandAbove);
    ageLimit(periodsBehindAllowed);
    changes.recordChange(organisationId, Table.RAG_SCHEME, id, edit);
    db.sql(
            """
            update rag_scheme set name = :name, kind = :kind, band = :band, band_above = :above,
                   periods_behind_allowed = :behind, description = :description
             where id = :id
            """)
        .param("name", name)
        .param("kind", kind.name())
        .param("band", band)
        .param("above", bandAbove)
        .param("behind", periodsBehindAllowed)
        .param("description", description)
        .param("id", id)
        .update();
    int moved =
        db.sql(
                """
                update rag_scheme_use set effective_from = :from
                 where id = (select min(id) from rag_scheme_use
                              where rag_scheme_id = :id and indicator_id is null)
                """)
            .param("from", from)
            .param("id", id)
            .update();
    if (moved == 0) {
      db.sql(
              """
              insert into rag_scheme_use (organisation_id, rag_scheme_id, effective_from)
              values (:o, :id, :from)
              """)
          .param("o", organisationId)
          .param("id", id)
          .param("from", from)
          .update();
    }
  }
}
