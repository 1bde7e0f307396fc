package beacon.setup;

import beacon.national.files.Authorities;
import beacon.national.files.Authority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DfE's English authorities as Beacon ships them, each found by its three-digit code (311) or
 * its ONS code (E09000016). An authority reorganised away (Cumbria, Northamptonshire) is found as
 * replaced, with the authorities that began reporting in its region the year after it stopped.
 */
public final class AuthorityList {

  /** What the list says of a code. */
  public sealed interface Found {}

  /** An authority that reports today. */
  public record Current(Authority authority) implements Found {}

  /** An authority that no longer reports, and those that began in its region after it. */
  public record Replaced(Authority authority, List<Authority> successors) implements Found {}

  /** No authority has the code. */
  public record Unknown(String code) implements Found {}

  private final List<Authority> authorities;
  private final int latestYear;

  AuthorityList(List<Authority> authorities) {
    this.authorities = List.copyOf(authorities);
    this.latestYear = authorities.stream().mapToInt(Authority::lastYear).max().orElse(0);
  }

  /** The list Beacon ships, read once. */
  public static AuthorityList shipped() {
    return Shipped.LIST;
  }

  private static final class Shipped {
    private static final AuthorityList LIST = read();

    private static AuthorityList read() {
      try (InputStream csv = AuthorityList.class.getResourceAsStream(Authorities.RESOURCE)) {
        if (csv == null) {
          throw new IllegalStateException("Beacon's list of authorities is missing from its jar");
        }
        return new AuthorityList(Authorities.read(csv));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The authorities that report today, by name. */
  public List<Authority> current() {
    return authorities.stream()
        .filter(a -> a.lastYear() == latestYear)
        .sorted(Comparator.comparing(Authority::name))
        .toList();
  }

  public Found find(String code) {
    String asked = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    // an ONS code the authority had before a reorganisation finds it under the codes it has now
    Optional<String> oldCode =
        authorities.stream()
            .filter(a -> a.oldCode().equals(asked) || a.newCode().equalsIgnoreCase(asked))
            .map(Authority::oldCode)
            .findFirst();
    Optional<Authority> latest =
        authorities.stream()
            .filter(a -> oldCode.isPresent() && a.oldCode().equals(oldCode.get()))
            .max(Comparator.comparingInt(Authority::lastYear));
    if (latest.isEmpty()) {
      return new Unknown(asked);
    }
    Authority found = latest.get();
    if (found.lastYear() == latestYear) {
      return new Current(found);
    }
    return new Replaced(
        found,
        authorities.stream()
            .filter(
                a ->
                    a.regionCode().equals(found.regionCode())
                        && a.firstYear() == found.lastYear() + 1)
            .sorted(Comparator.comparing(Authority::name))
            .toList());
  }
}
