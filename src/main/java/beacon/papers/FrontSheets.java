package beacon.papers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front sheet each council keeps for each layout of paper, with the order it lists the layout's
 * indicators in. Saving one raises its version, so a form opened on an older version is refused
 * rather than overwriting what another saved since; the audit trail keeps each earlier text.
 */
@Repository
public class FrontSheets {

  private static final String PARTS =
      "title, committee, meeting_date, agenda_item, wards, strategic_director, author,"
          + " contact_officer, telephone, email, service, portfolio_areas, outcome, recommendation,"
          + " summary, background, financial_implications, cross_council_implications,"
          + " background_papers, report_date, version_number";

  private final JdbcClient db;

  FrontSheets(JdbcClient db) {
    this.db = db;
  }

  /**
   * A front sheet as kept, with how the paper prints its indicators, its version and who saved it
   * when.
   *
   * @param version 0 for a layout whose front sheet was never saved
   */
  public record Kept(
      FrontSheet sheet, Printing printing, long version, String savedBy, Instant savedAt) {

    public static Kept none() {
      return new Kept(FrontSheet.empty(), Printing.asCatalogued(), 0, null, null);
    }
  }

  /** The council's front sheet for the layout; an empty one, at version 0, if none was saved. */
  @Transactional(readOnly = true)
  public Kept of(long organisationId, Layout layout) {
    return db.sql(
            "select "
                + PARTS
                + ", indicator_order, printed_titles, printed_headings, version, saved_by,"
                + " saved_at from front_sheet"
                + " where organisation_id = :organisation and layout = :layout")
        .param("organisation", organisationId)
        .param("layout", layout.urlName())
        .query(
            (row, n) ->
                new Kept(
                    sheet(row),
                    new Printing(
                        order(row.getString("indicator_order")),
                        Printing.read(row.getString("printed_titles")),
                        Printing.read(row.getString("printed_headings"))),
                    row.getLong("version"),
                    row.getString("saved_by"),
                    row.getTimestamp("saved_at").toInstant()))
        .optional()
        .orElseGet(Kept::none);
  }

  /**
   * Saves the council's front sheet for the layout, if it is still at the version the form was
   * opened on (0 for one never saved).
   *
   * @return whether it was saved: false when another save came first
   */
  @Transactional
  public boolean keep(
      long organisationId,
      Layout layout,
      long version,
      FrontSheet sheet,
      Printing printing,
      String savedBy) {
    if (version == 0) {
      return db.sql(
                  "insert into front_sheet (organisation_id, layout, "
                      + PARTS
                      + ", indicator_order, printed_titles, printed_headings, saved_by) values"
                      + " (:organisation,"
                      + " :layout, :title,"
                      + " :committee, :meeting,"
                      + " :agenda, :wards, :director, :author, :contact, :telephone, :email,"
                      + " :service, :portfolios, :outcome, :recommendation, :summary, :background,"
                      + " :financial, :crossCouncil, :papers, :reportDate, :versionNumber, :order, :titles,"
                      + " :headings, :by)"
                      + " on conflict (organisation_id, layout) do nothing")
              .params(parameters(organisationId, layout, sheet, printing, savedBy))
              .update()
          == 1;
    }
    return db.sql(
                "update front_sheet set title = :title, committee = :committee,"
                    + " meeting_date = :meeting, agenda_item = :agenda, wards = :wards,"
                    + " strategic_director = :director, author = :author,"
                    + " contact_officer = :contact, telephone = :telephone, email = :email,"
                    + " service = :service, portfolio_areas = :portfolios, outcome = :outcome,"
                    + " recommendation = :recommendation, summary = :summary,"
                    + " background = :background, financial_implications = :financial,"
                    + " cross_council_implications = :crossCouncil, background_papers = :papers,"
                    + " report_date = :reportDate, version_number = :versionNumber,"
                    + " indicator_order = :order, printed_titles = :titles,"
                    + " printed_headings = :headings,"
                    + " version = version + 1, saved_by = :by, saved_at = now()"
                    + " where organisation_id = :organisation and layout = :layout"
                    + " and version = :version")
            .params(parameters(organisationId, layout, sheet, printing, savedBy))
            .param("version", version)
            .update()
        == 1;
  }

  private static Map<String, Object> parameters(
      long organisationId, Layout layout, FrontSheet sheet, Printing printing, String savedBy) {
    Map<String, Object> values = new HashMap<>();
    values.put("organisation", organisationId);
    values.put("layout", layout.urlName());
    values.put("title", sheet.title());
    values.put("committee", sheet.committee());
    values.put("meeting", date(sheet.meetingDate()));
    values.put("agenda", sheet.agendaItem());
    values.put("wards", sheet.wards());
    values.put("director", sheet.strategicDirector());
    values.put("author", sheet.author());
    values.put("contact", sheet.contactOfficer());
    values.put("telephone", sheet.telephone());
    values.put("email", sheet.email());
    values.put("service", sheet.service());
    values.put("portfolios", sheet.portfolioAreas());
    values.put("outcome", sheet.outcome());
    values.put("recommendation", sheet.recommendation());
    values.put("summary", sheet.summary());
    values.put("background", sheet.background());
    values.put("financial", sheet.financialImplications());
    values.put("crossCouncil", sheet.crossCouncilImplications());
    values.put("papers", sheet.backgroundPapers());
    values.put("reportDate", date(sheet.reportDate()));
    values.put("versionNumber", sheet.versionNumber());
    values.put("order", String.join("\n", printing.order()));
    values.put("titles", Printing.written(printing.titles()));
    values.put("headings", Printing.written(printing.headings()));
    values.put("by", savedBy);
    return values;
  }

  private static List<String> order(String codes) {
    return codes.isBlank() ? List.of() : List.of(codes.split("\n"));
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static FrontSheet sheet(ResultSet row) throws SQLException {
    return new FrontSheet(
        row.getString("title"),
        row.getString("committee"),
        day(row, "meeting_date"),
        row.getString("agenda_item"),
        row.getString("wards"),
        row.getString("strategic_director"),
        row.getString("author"),
        row.getString("contact_officer"),
        row.getString("telephone"),
        row.getString("email"),
        row.getString("service"),
        row.getString("portfolio_areas"),
        row.getString("outcome"),
        row.getString("recommendation"),
        row.getString("summary"),
        row.getString("background"),
        row.getString("financial_implications"),
        row.getString("cross_council_implications"),
        row.getString("background_papers"),
        day(row, "report_date"),
        row.getString("version_number"));
  }

  private static LocalDate day(ResultSet row, String column) throws SQLException {
    Date day = row.getDate(column);
    return day == null ? null : day.toLocalDate();
  }
}
