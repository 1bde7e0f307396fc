package beacon.round;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Periods;
import beacon.rules.round.DueDates;
import beacon.rules.version.OpenedVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organisations' collection rounds; a change of due dates keeps the dates it replaces. */
@Repository
public class CollectionRounds {

  private static final String SELECT =
      """
      select id, organisation_id, reporting_period_code, data_due, commentary_due, opened_at,
             opened_by, note, dates_set_at, dates_set_by,
             (select count(*) from collection_round_earlier_dates e
               where e.collection_round_id = collection_round.id) as dates_version
        from collection_round
      """;

  private final JdbcClient db;

  CollectionRounds(JdbcClient db) {
    this.db = db;
  }

  /**
   * Opens a round for the reporting quarter.
   *
   * @param note what the officer said of it; null or blank for nothing
   * @throws RoundAlreadyOpenException, writing nothing, when the quarter has a round already
   */
  @Transactional
  public CollectionRound open(
      long organisationId, FinancialQuarter quarter, DueDates dates, String by, String note) {
    try {
      long id =
          db.sql(
                  """
                  insert into collection_round (organisation_id, reporting_period_code, data_due,
                         commentary_due, opened_by, note, dates_set_by)
                  values (:organisation, :period, :dataDue, :commentaryDue, :by, :note, :by)
                  returning id
                  """)
              .param("organisation", organisationId)
              .param("period", quarter.code())
              .param("dataDue", dates.dataDue())
              .param("commentaryDue", dates.commentaryDue())
              .param("by", by)
              .param("note", note == null || note.isBlank() ? null : note.strip())
              .query(Long.class)
              .single();
      return withId(id).orElseThrow();
    } catch (DuplicateKeyException e) {
      throw new RoundAlreadyOpenException(quarter);
    }
  }

  /** The organisation's round for the quarter, if one was opened. */
  public Optional<CollectionRound> find(long organisationId, FinancialQuarter quarter) {
    return db.sql(
            SELECT + " where organisation_id = :organisation and reporting_period_code = :period")
        .param("organisation", organisationId)
        .param("period", quarter.code())
        .query(CollectionRounds::map)
        .optional();
  }

  /** The organisation's rounds, the latest reporting period first. */
  public List<CollectionRound> of(long organisationId) {
    return db.sql(
            SELECT
                + " where organisation_id = :organisation order by reporting_period_code desc, id desc")
        .param("organisation", organisationId)
        .query(CollectionRounds::map)
        .list();
  }

  /**
   * Sets new due dates from a form opened on the version {@code openedVersion} of the dates in
   * force (null: the form sent none), keeping the ones they replace with who replaced them and why.
   * Dates equal to those in force change nothing.
   *
   * @throws SavedSinceOpenedException, writing nothing, when the dates were changed since the form
   *     was opened; its version is the round's {@link CollectionRound.DatesInForce}
   * @return the round as it is now
   */
  @Transactional
  public CollectionRound changeDueDates(
      CollectionRound round, DueDates dates, String by, String reason, Long openedVersion) {
    // lock first, then read: the read sees what a change that held the lock before committed
    db.sql("select id from collection_round where id = :id for update")
        .param("id", round.id())
        .query(Long.class)
        .single();
    CollectionRound current = withId(round.id()).orElseThrow();
    OpenedVersion.check(Optional.of(current.datesInForce()), openedVersion);
    if (current.dueDates().equals(dates)) {
      return current;
    }
    db.sql(
            """
            insert into collection_round_earlier_dates (collection_round_id, data_due, commentary_due,
                   set_at, set_by, replaced_by, reason)
            select id, data_due, commentary_due, dates_set_at, dates_set_by, :by, :reason
              from collection_round where id = :id
            """)
        .param("id", current.id())
        .param("by", by)
        .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
        .update();
    db.sql(
            """
            update collection_round
               set data_due = :dataDue, commentary_due = :commentaryDue, dates_set_at = now(),
                   dates_set_by = :by
             where id = :id
            """)
        .param("dataDue", dates.dataDue())
        .param("commentaryDue", dates.commentaryDue())
        .param("by", by)
        .param("id", current.id())
        .update();
    return withId(current.id()).orElseThrow();
  }

  /** The due dates the round had before, the latest replaced first. */
  public List<EarlierDueDates> earlierDueDates(long roundId) {
    return db.sql(
            """
            select data_due, commentary_due, set_at, set_by, replaced_at, replaced_by, reason
              from collection_round_earlier_dates
             where collection_round_id = :round
             order by replaced_at desc, id desc
            """)
        .param("round", roundId)
        .query(
            (rs, row) ->
                new EarlierDueDates(
                    dates(rs),
                    instant(rs, "set_at"),
                    rs.getString("set_by"),
                    instant(rs, "replaced_at"),
                    rs.getString("replaced_by"),
                    rs.getString("reason")))
        .list();
  }

  private Optional<CollectionRound> withId(long id) {
    return db.sql(SELECT + " where id = :id")
        .param("id", id)
        .query(CollectionRounds::map)
        .optional();
  }

  private static CollectionRound map(ResultSet rs, int row) throws SQLException {
    return new CollectionRound(
        rs.getLong("id"),
        rs.getLong("organisation_id"),
        (FinancialQuarter) Periods.fromCode(rs.getString("reporting_period_code")),
        dates(rs),
        instant(rs, "opened_at"),
        rs.getString("opened_by"),
        rs.getString("note"),
        instant(rs, "dates_set_at"),
        rs.getString("dates_set_by"),
        rs.getInt("dates_version"));
  }

  private static DueDates dates(ResultSet rs) throws SQLException {
    return new DueDates(
        rs.getObject("data_due", LocalDate.class), rs.getObject("commentary_due", LocalDate.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
