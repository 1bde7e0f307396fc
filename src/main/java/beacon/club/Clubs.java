package beacon.club;

import beacon.organisation.Organisation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmarking clubs: set up by a hub administrator with their members, and the indicators members
 * share with them, each under the club's name for its measure. Every change is in the audit trail;
 * an ended share is kept, with who ended it and when.
 */
@Service
public class Clubs {

  /**
   * A club with its members, by name.
   *
   * @param version the version of its members, which a change of them names
   */
  public record Club(long id, String name, long version, List<Member> members) {

    public boolean hasMember(long organisationId) {
      return members.stream().anyMatch(m -> m.organisationId() == organisationId);
    }
  }

  /** A member of a club. */
  public record Member(long organisationId, String code, String name) {}

  /** An indicator shared with a club, under the club's name for its measure. */
  public record Share(
      long id,
      long clubId,
      String clubName,
      long indicatorId,
      String measure,
      String sharedBy,
      OffsetDateTime sharedAt) {}

  private final JdbcClient db;

  Clubs(JdbcClient db) {
    this.db = db;
  }

  /**
   * Sets up a club with its members.
   *
   * @throws ClubRefusedException naming the field at fault: a name in use or blank, no members
   */
  @Transactional
  public long create(String name, List<Organisation> members, String by) {
    String named = name == null ? "" : name.strip();
    if (named.isEmpty() || named.length() > 100) {
      throw new ClubRefusedException("name", "Enter the club's name, up to 100 characters");
    }
    if (named(named).isPresent()) {
      throw new ClubRefusedException("name", "There is a club named " + named + " already");
    }
    requireTwo(members);
    long id =
        db.sql("insert into benchmarking_club (name, created_by) values (?, ?) returning id")
            .params(named, by)
            .query(Long.class)
            .single();
    for (Organisation member : members.stream().distinct().toList()) {
      join(id, member, by);
    }
    return id;
  }

  /**
   * Changes a club's members to those given, at the version they were read at: councils not in it
   * before join, and members left out leave, their shares with the club ended; both are kept with
   * who and when.
   *
   * @throws ClubRefusedException on "version" when the members were changed since they were read;
   *     on "members" when fewer than two are given
   */
  @Transactional
  public Club changeMembers(Club club, long version, List<Organisation> members, String by) {
    requireTwo(members);
    int changed =
        db.sql("update benchmarking_club set version = version + 1 where id = ? and version = ?")
            .params(club.id(), version)
            .update();
    if (changed == 0) {
      throw new ClubRefusedException(
          "version",
          "Someone changed the members of "
              + club.name()
              + " since you read them: these are"
              + " its members now");
    }
    List<Long> staying = members.stream().map(Organisation::id).toList();
    for (Member member : club.members()) {
      if (!staying.contains(member.organisationId())) {
        db.sql(
                "update club_share set ended_by = ?, ended_at = now() where club_id = ?"
                    + " and organisation_id = ? and ended_at is null")
            .params(by, club.id(), member.organisationId())
            .update();
        db.sql(
                "update club_member set left_by = ?, left_at = now() where club_id = ?"
                    + " and organisation_id = ? and left_at is null")
            .params(by, club.id(), member.organisationId())
            .update();
      }
    }
    for (Organisation member : members.stream().distinct().toList()) {
      if (!club.hasMember(member.id())) {
        join(club.id(), member, by);
      }
    }
    return withId(club.id()).orElseThrow();
  }

  private static void requireTwo(List<Organisation> members) {
    if (members.stream().distinct().count() < 2) {
      throw new ClubRefusedException(
          "members", "Choose at least two councils: a club compares its members");
    }
  }

  private void join(long clubId, Organisation member, String by) {
    db.sql("insert into club_member (club_id, organisation_id, joined_by) values (?, ?, ?)")
        .params(clubId, member.id(), by)
        .update();
  }

  /** Every club, by name. */
  public List<Club> all() {
    return clubs("", new Object[0]);
  }

  /** The clubs the organisation is a member of, by name. */
  public List<Club> of(long organisationId) {
    return clubs(
        " where exists (select 1 from club_member m where m.club_id = c.id"
            + " and m.organisation_id = ? and m.left_at is null)",
        organisationId);
  }

  public Optional<Club> named(String name) {
    return all().stream()
        .filter(c -> c.name().toLowerCase(Locale.UK).equals(name.strip().toLowerCase(Locale.UK)))
        .findFirst();
  }

  public Optional<Club> withId(long id) {
    return all().stream().filter(c -> c.id() == id).findFirst();
  }

  private List<Club> clubs(String where, Object... params) {
    List<Club> clubs = new ArrayList<>();
    db.sql(
            "select c.id, c.name, c.version, o.id as organisation_id, o.code,"
                + " o.name as organisation_name"
                + " from benchmarking_club c"
                + " join club_member m on m.club_id = c.id and m.left_at is null"
                + " join organisation o on o.id = m.organisation_id"
                + where
                + " order by lower(c.name), c.id, o.name")
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong("id");
              if (clubs.isEmpty() || clubs.get(clubs.size() - 1).id() != id) {
                clubs.add(
                    new Club(id, rs.getString("name"), rs.getLong("version"), new ArrayList<>()));
              }
              clubs
                  .get(clubs.size() - 1)
                  .members()
                  .add(
                      new Member(
                          rs.getLong("organisation_id"),
                          rs.getString("code"),
                          rs.getString("organisation_name")));
            });
    return clubs.stream()
        .map(c -> new Club(c.id(), c.name(), c.version(), List.copyOf(c.members())))
        .toList();
  }

  /**
   * Shares an indicator with a club its organisation is a member of, under the club's name for its
   * measure; sharing it again under another name ends the first share and keeps it, and under the
   * same name changes nothing.
   *
   * @return the share now in force
   */
  @Transactional
  public Share share(Club club, long organisationId, long indicatorId, String measure, String by) {
    if (!club.hasMember(organisationId)) {
      throw new ClubRefusedException("club", "Your council is not a member of " + club.name());
    }
    String named = measure == null ? "" : measure.strip();
    if (named.isEmpty() || named.length() > 200) {
      throw new ClubRefusedException(
          "measure", "Enter the club's name for the measure, up to 200 characters");
    }
    Optional<Share> current = shareWith(club, indicatorId);
    if (current.isPresent() && current.get().measure().equalsIgnoreCase(named)) {
      return current.get();
    }
    Optional<String> other = sharedAs(club, organisationId, named);
    if (other.isPresent()) {
      throw new ClubRefusedException(
          "measure",
          "Your council shares "
              + other.get()
              + " with "
              + club.name()
              + " as "
              + named
              + " already: a council is compared once on a measure, so end that share first");
    }
    end(club.id(), indicatorId, by);
    db.sql(
            "insert into club_share (club_id, indicator_id, organisation_id, measure, shared_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(club.id(), indicatorId, organisationId, named, by)
        .update();
    return shareWith(club, indicatorId).orElseThrow();
  }

  /** The code of the organisation's indicator shared with the club under the measure, if any. */
  private Optional<String> sharedAs(Club club, long organisationId, String measure) {
    return db.sql(
            "select i.code from club_share s join indicator i on i.id = s.indicator_id"
                + " where s.club_id = ? and s.organisation_id = ? and s.ended_at is null"
                + " and lower(btrim(s.measure)) = lower(btrim(?))")
        .params(club.id(), organisationId, measure)
        .query(String.class)
        .optional();
  }

  private Optional<Share> shareWith(Club club, long indicatorId) {
    return sharesOf(indicatorId).stream().filter(s -> s.clubId() == club.id()).findFirst();
  }

  /** Ends the indicator's share with the club, keeping it; false when it was not shared. */
  @Transactional
  public boolean end(long clubId, long indicatorId, String by) {
    return db.sql(
                "update club_share set ended_by = ?, ended_at = now() where club_id = ?"
                    + " and indicator_id = ? and ended_at is null")
            .params(by, clubId, indicatorId)
            .update()
        > 0;
  }

  /** The clubs the indicator is shared with now. */
  public List<Share> sharesOf(long indicatorId) {
    return db.sql(
            "select s.id, s.club_id, c.name, s.indicator_id, s.measure, s.shared_by, s.shared_at"
                + " from club_share s join benchmarking_club c on c.id = s.club_id"
                + " where s.indicator_id = ? and s.ended_at is null order by lower(c.name)")
        .param(indicatorId)
        .query(
            (rs, n) ->
                new Share(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class)))
        .list();
  }
}
