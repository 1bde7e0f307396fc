package beacon.rules.version;

import java.util.Objects;
import java.util.Optional;

/**
 * A form opened on one version may replace only that version: when someone else has saved another
 * since, the form is stale and nothing it sends is written, so that the later save cannot silently
 * undo the earlier.
 */
public final class OpenedVersion {

  private OpenedVersion() {}

  /**
   * Whether a form opened on the version {@code opened} (null: there was none) is stale against the
   * version saved {@code now}.
   */
  public static boolean isStale(Optional<? extends SavedVersion> now, Long opened) {
    return now.isPresent() && !Objects.equals(now.get().id(), opened);
  }

  /**
   * Refuses a form opened on the version {@code opened} (null: there was none, or the form sent
   * none) when another version is saved {@code now}.
   *
   * @throws SavedSinceOpenedException naming the version saved now
   */
  public static void check(Optional<? extends SavedVersion> now, Long opened) {
    if (isStale(now, opened)) {
      throw new SavedSinceOpenedException(now.get());
    }
  }
}
