package beacon.national;

import beacon.database.VersionLock;
import beacon.rules.version.OpenedVersion;
import beacon.rules.version.SavedSinceOpenedException;
import beacon.rules.version.SavedVersion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which national measure each indicator is compared with. A new link, or the end of one, closes the
 * current row and keeps it, with who made it, when and why.
 */
@Repository
public class NationalLinks {

  /**
   * A link as recorded.
   *
   * @param linked false for the row that records a link ended, naming the measure it was
   * @param current whether it is the indicator's link now
   */
  public record Link(
      long indicatorId,
      String measureCode,
      boolean linked,
      String reason,
      String recordedBy,
      OffsetDateTime recordedAt,
      boolean current) {}

  /**
   * The indicator's latest link row, a link or the end of one: the version a form to change the
   * link carries.
   */
  public record Recorded(
      long id, String measureCode, boolean linked, String recordedBy, Instant recordedAt)
      implements SavedVersion {}

  /** An indicator linked now, with its organisation's code. */
  public record Linked(long indicatorId, String organisationCode, String measureCode) {}

  private static final String COLUMNS =
      "indicator_id, measure_code, linked, reason, recorded_by, recorded_at,"
          + " superseded_at is null as current";

  private final JdbcClient db;

  NationalLinks(JdbcClient db) {
    this.db = db;
  }

  /** The measure the indicator is compared with now, if any. */
  public Optional<Link> currentOf(long indicatorId) {
    return db.sql(
            "select "
                + COLUMNS
                + " from national_link where indicator_id = ? and superseded_at is null and linked")
        .param(indicatorId)
        .query(NationalLinks::link)
        .optional();
  }

  /** Every link the indicator has had, newest first. */
  public List<Link> historyOf(long indicatorId) {
    return db.sql(
            "select " + COLUMNS + " from national_link where indicator_id = ? order by id desc")
        .param(indicatorId)
        .query(NationalLinks::link)
        .list();
  }

  /** Every indicator linked now. */
  public List<Linked> everyCurrent() {
    return db.sql(
            """
            select l.indicator_id, o.code, l.measure_code
              from national_link l
              join indicator i on i.id = l.indicator_id
              join organisation o on o.id = i.organisation_id
             where l.superseded_at is null and l.linked
             order by l.indicator_id
            """)
        .query((rs, n) -> new Linked(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** The indicator's latest link row, if it was ever linked. */
  public Optional<Recorded> latestOf(long indicatorId) {
    return db.sql(
            """
            select id, measure_code, linked, recorded_by, recorded_at from national_link
             where indicator_id = ? and superseded_at is null
            """)
        .param(indicatorId)
        .query(
            (rs, n) ->
                new Recorded(
                    rs.getLong("id"),
                    rs.getString("measure_code"),
                    rs.getBoolean("linked"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  @Transactional
  public void link(long indicatorId, String measureCode, String by, String reason) {
    VersionLock.take(db, "national_link", indicatorId, "");
    record(indicatorId, measureCode, true, by, reason);
  }

  /**
   * Links the indicator from a form opened on the version {@code openedVersion} of its link (null:
   * it had none, or the form sent none).
   *
   * @throws SavedSinceOpenedException, writing nothing and leaving the transaction to go on, when
   *     the link was changed since; its version is a {@link Recorded}
   */
  @Transactional(noRollbackFor = SavedSinceOpenedException.class)
  public void link(
      long indicatorId, String measureCode, String by, String reason, Long openedVersion) {
    VersionLock.take(db, "national_link", indicatorId, "");
    OpenedVersion.check(latestOf(indicatorId), openedVersion);
    record(indicatorId, measureCode, true, by, reason);
  }

  /** Ends the indicator's link; nothing when it has none. */
  @Transactional
  public void unlink(long indicatorId, String by, String reason) {
    VersionLock.take(db, "national_link", indicatorId, "");
    currentOf(indicatorId)
        .ifPresent(link -> record(indicatorId, link.measureCode(), false, by, reason));
  }

  /**
   * Ends the indicator's link from a form opened on the version {@code openedVersion} of its link;
   * nothing when it has none.
   *
   * @throws SavedSinceOpenedException, writing nothing and leaving the transaction to go on, when
   *     the link was changed since; its version is a {@link Recorded}
   */
  @Transactional(noRollbackFor = SavedSinceOpenedException.class)
  public void unlink(long indicatorId, String by, String reason, Long openedVersion) {
    VersionLock.take(db, "national_link", indicatorId, "");
    OpenedVersion.check(latestOf(indicatorId), openedVersion);
    currentOf(indicatorId)
        .ifPresent(link -> record(indicatorId, link.measureCode(), false, by, reason));
  }

  private void record(
      long indicatorId, String measureCode, boolean linked, String by, String reason) {
    db.sql(
            "update national_link set superseded_at = now()"
                + " where indicator_id = ? and superseded_at is null")
        .param(indicatorId)
        .update();
    db.sql(
            "insert into national_link (indicator_id, measure_code, linked, reason, recorded_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(indicatorId, measureCode, linked, reason, by)
        .update();
  }

  private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Link(
        rs.getLong("indicator_id"),
        rs.getString("measure_code"),
        rs.getBoolean("linked"),
        rs.getString("reason"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getBoolean("current"));
  }
}
