package beacon.round;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.rules.round.RoundState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due from a person: in each of the organisation's rounds, the indicators assigned to them
 * (directly or through their portfolio) whose commentary is not yet approved. A round drops out of
 * their list once all of theirs are approved.
 */
@Service
public class WhatIsDue {

  private final CollectionRounds rounds;
  private final RoundProgress progress;
  private final Assignments assignments;

  WhatIsDue(CollectionRounds rounds, RoundProgress progress, Assignments assignments) {
    this.rounds = rounds;
    this.progress = progress;
    this.assignments = assignments;
  }

  /** The account's outstanding indicators on {@code today}, the latest round first. */
  @Transactional(readOnly = true)
  public List<DueFromMe> from(Account account, Organisation organisation, LocalDate today) {
    if (!account.belongsTo(organisation.id())) {
      return List.of();
    }
    Set<Long> theirs = assignments.indicatorsOf(account.id());
    if (theirs.isEmpty()) {
      return List.of();
    }
    List<DueFromMe> due = new ArrayList<>();
    for (CollectionRound round : rounds.of(organisation.id())) {
      for (RoundLine line : progress.of(round, today).lines()) {
        if (theirs.contains(line.indicatorId()) && line.state() != RoundState.APPROVED) {
          due.add(new DueFromMe(round, line));
        }
      }
    }
    return List.copyOf(due);
  }

  /** One indicator due from someone, in its round. */
  public record DueFromMe(CollectionRound round, RoundLine line) {}
}
