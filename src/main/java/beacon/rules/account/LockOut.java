package beacon.rules.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins lock an account out: after {@link #ATTEMPTS} failures from one place, each
 * within {@link #LOCKED_FOR} of the one before, no password sent for that username from that place
 * is compared for {@link #LOCKED_FOR}, whatever it is; from anywhere else the account signs in as
 * before. A successful sign-in, or a new password, starts the count again. So at most {@link
 * #ATTEMPTS} guesses are compared from one place in each period, and a flood of guesses cannot keep
 * the account's owner out.
 *
 * <p>A place is an IPv4 address, or the 64-bit network of an IPv6 address ({@link #placeOf}), since
 * one household or office is given a whole IPv6 network and could otherwise try from each address.
 */
public final class LockOut {

  public static final int ATTEMPTS = 5;
  public static final Duration LOCKED_FOR = Duration.ofMinutes(15);

  private LockOut() {}

  /** Whether something locked until {@code lockedUntil} (null: never locked) is locked now. */
  public static boolean isLocked(Instant lockedUntil, Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * The place a sign-in comes from, as failures are counted: an IPv4 address as it is, an IPv6
   * address as its 64-bit network ("2001:db8:1:2::/64"); anything else as it is.
   */
  public static String placeOf(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String literal = address.strip();
    if (literal.indexOf(':') < 0) {
      return literal;
    }
    int[] groups = ipv6(literal.replaceAll("^\\[|\\]$", "").replaceAll("%.*$", ""));
    if (groups == null) {
      return literal;
    }
    StringBuilder network = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      network.append(Integer.toHexString(groups[i])).append(':');
    }
    return network.append(":/64").toString();
  }

  /** The eight 16-bit groups of an IPv6 address written as text; null when it is not one. */
  private static int[] ipv6(String text) {
    if (!text.matches("[0-9A-Fa-f:.]+") || text.indexOf("::") != text.lastIndexOf("::")) {
      return null;
    }
    String[] halves = text.split("::", -1);
    int[] head = groups(halves[0]);
    int[] tail = halves.length == 2 ? groups(halves[1]) : new int[0];
    if (head == null || tail == null) {
      return null;
    }
    int missing = 8 - head.length - tail.length;
    if (halves.length == 2 ? missing < 1 : missing != 0) {
      return null;
    }
    int[] all = new int[8];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
    return all;
  }

  /** The groups of a part of an IPv6 address between "::", its last maybe an IPv4 address. */
  private static int[] groups(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] written = part.split(":", -1);
    boolean endsWithIpv4 = written[written.length - 1].contains(".");
    int[] groups = new int[written.length + (endsWithIpv4 ? 1 : 0)];
    for (int i = 0; i < written.length; i++) {
      if (i == written.length - 1 && endsWithIpv4) {
        String[] bytes = written[i].split("\\.", -1);
        if (bytes.length != 4) {
          return null;
        }
        int[] octets = new int[4];
        for (int b = 0; b < 4; b++) {
          if (!bytes[b].matches("[0-9]{1,3}") || Integer.parseInt(bytes[b]) > 255) {
            return null;
          }
          octets[b] = Integer.parseInt(bytes[b]);
        }
        groups[i] = octets[0] << 8 | octets[1];
        groups[i + 1] = octets[2] << 8 | octets[3];
      } else if (written[i].matches("[0-9A-Fa-f]{1,4}")) {
        groups[i] = Integer.parseInt(written[i], 16);
      } else {
        return null;
      }
    }
    return groups;
  }
}
