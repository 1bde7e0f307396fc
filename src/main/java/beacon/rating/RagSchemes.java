package beacon.rating;

import beacon.rules.rating.RagScheme;
import beacon.rules.rating.SchemeUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's RAG schemes and the dates from which they are in force. */
@Repository
public class RagSchemes {

  private final JdbcClient db;

  RagSchemes(JdbcClient db) {
    this.db = db;
  }

  /** Every use of a scheme by the organisation, for itself and for single indicators. */
  public List<SchemeUse> usesBy(long organisationId) {
    return db.sql(
            """
            select i.code as indicator_code, u.effective_from, s.name, s.kind, s.band
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
                    SchemeKind.valueOf(rs.getString("kind")).scheme(rs.getBigDecimal("band"))))
        .list();
  }

  /** Adds a scheme and puts it in force for the organisation from a date. */
  public long addForOrganisation(
      long organisationId,
      String name,
      SchemeKind kind,
      BigDecimal band,
      String description,
      LocalDate from) {
    kind.scheme(band); // checks the band fits the kind
    long schemeId =
        db.sql(
                """
                insert into rag_scheme (organisation_id, name, kind, band, description)
                values (:organisation, :name, :kind, :band, :description) returning id
                """)
            .param("organisation", organisationId)
            .param("name", name)
            .param("kind", kind.name())
            .param("band", band)
            .param("description", description)
            .query(Long.class)
            .single();
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

  /** How a scheme is stored: its kind and, for a band, its size. */
  public enum SchemeKind {
    TWO_STATE,
    RELATIVE_BAND,
    ABSOLUTE_BAND,
    FLOOR;

    public RagScheme scheme(BigDecimal band) {
      return switch (this) {
        case TWO_STATE -> RagScheme.twoState();
        case RELATIVE_BAND -> new RagScheme.RelativeBand(band);
        case ABSOLUTE_BAND -> new RagScheme.AbsoluteBand(band);
        case FLOOR -> RagScheme.floorStandard();
      };
    }
  }
}
