package beacon.publishing;

import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperLine;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The papers organisations have published, each kept as it was; none is changed or deleted. */
@Repository
public class PublishedPapers {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient db;
  private final Organisations organisations;

  PublishedPapers(JdbcClient db, Organisations organisations) {
    this.db = db;
    this.organisations = organisations;
  }

  /**
   * Freezes the paper as it is now. Commentary goes to committee only once approved: a paper that
   * prints commentary not approved is refused; one that prints none is not.
   *
   * @param by who published it
   * @param note what they said of it; null or blank for nothing
   * @return the paper's permanent reference
   * @throws CommentaryNotApprovedException, publishing nothing, naming the indicators whose
   *     commentary the paper prints unapproved
   */
  @Transactional
  public String publish(Paper paper, String by, String note) {
    Organisation organisation = organisations.withCode(paper.organisation().code()).orElseThrow();
    List<String> unapproved = unapprovedCommentary(organisation, paper);
    if (!unapproved.isEmpty()) {
      throw new CommentaryNotApprovedException(paper.period().label(), unapproved);
    }
    String reference = newReference();
    db.sql(
            """
            insert into published_paper
              (reference, organisation_id, layout, period_code, portfolio, content, published_by, note)
            values
              (:reference, :organisation, :layout, :period, :portfolio, cast(:content as jsonb), :by, :note)
            """)
        .param("reference", reference)
        .param("organisation", organisation.id())
        .param("layout", paper.layout().urlName())
        .param("period", paper.period().code())
        .param("portfolio", paper.portfolio())
        .param("content", PaperJson.write(paper))
        .param("by", by.strip())
        .param("note", note == null || note.isBlank() ? null : note.strip())
        .update();
    return reference;
  }

  /** The indicators, as "CODE Title", whose commentary the paper prints but is not approved. */
  private List<String> unapprovedCommentary(Organisation organisation, Paper paper) {
    List<String> printing =
        paper.lines().stream()
            .filter(line -> !line.commentary().isEmpty() || !line.improvementActions().isEmpty())
            .map(PaperLine::code)
            .distinct()
            .toList();
    if (printing.isEmpty()) {
      return List.of();
    }
    return db.sql(
            """
            select i.code || ' ' || i.title
              from commentary c join indicator i on i.id = c.indicator_id
             where i.organisation_id = :organisation and i.code in (:codes)
               and c.reporting_period_code = :period and c.superseded_at is null
               and c.state <> 'APPROVED'
             order by i.position, i.code
            """)
        .param("organisation", organisation.id())
        .param("codes", printing)
        .param("period", paper.period().code())
        .query(String.class)
        .list();
  }

  /** The paper published under the reference, if there is one. */
  @Transactional(readOnly = true)
  public Optional<PublishedPaper> find(String reference) {
    return db.sql(
            """
            select reference, content::text as content, published_at, published_by, note
              from published_paper where reference = :reference
            """)
        .param("reference", reference)
        .query(
            (rs, row) ->
                new PublishedPaper(
                    rs.getString("reference"),
                    PaperJson.read(rs.getString("content")),
                    publishedAt(rs),
                    rs.getString("published_by"),
                    rs.getString("note")))
        .optional();
  }

  /** The organisation's published papers, the latest first. */
  @Transactional(readOnly = true)
  public List<Publication> listFor(String organisationCode) {
    return db.sql(
            """
            select p.reference, p.layout, p.period_code, p.portfolio, p.published_at, p.published_by, p.note
              from published_paper p join organisation o on o.id = p.organisation_id
             where o.code = :organisation
             order by p.published_at desc, p.id desc
            """)
        .param("organisation", organisationCode)
        .query(
            (rs, row) ->
                new Publication(
                    rs.getString("reference"),
                    Layout.named(rs.getString("layout")).orElse(null),
                    rs.getString("period_code"),
                    periodLabel(rs.getString("period_code")),
                    rs.getString("portfolio"),
                    publishedAt(rs),
                    rs.getString("published_by"),
                    rs.getString("note")))
        .list();
  }

  /**
   * A published paper as a list shows it, without its content.
   *
   * @param portfolio the portfolio it covers, or null for all
   */
  public record Publication(
      String reference,
      Layout layout,
      String periodCode,
      String periodLabel,
      String portfolio,
      Instant publishedAt,
      String publishedBy,
      String note) {}

  /** Twelve characters a link can carry as they are, from 72 random bits. */
  static String newReference() {
    byte[] bits = new byte[9];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  private static Instant publishedAt(ResultSet rs) throws SQLException {
    return rs.getObject("published_at", OffsetDateTime.class).toInstant();
  }

  private static String periodLabel(String code) {
    try {
      return Periods.fromCode(code).label();
    } catch (PeriodFormatException e) {
      return code;
    }
  }
}
