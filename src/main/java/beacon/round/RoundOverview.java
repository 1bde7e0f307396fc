package beacon.round;

import beacon.rules.round.RoundState;
import java.util.List;

/** A collection round and every indicator due in it, in the order of the organisation's papers. */
public record RoundOverview(CollectionRound round, List<RoundLine> lines) {

  /** How many indicators are in the state. */
  public int count(RoundState state) {
    return (int) lines.stream().filter(line -> line.state() == state).count();
  }

  /** How many indicators are overdue. */
  public int overdueCount() {
    return (int) lines.stream().filter(RoundLine::overdue).count();
  }

  /** The indicators that are overdue. */
  public List<RoundLine> overdueLines() {
    return lines.stream().filter(RoundLine::overdue).toList();
  }
}
