package beacon.rules.version;

import java.time.Instant;

/**
 * One version of something kept with its history (a value, a target, commentary): who saved it and
 * when. A change saves a new version and keeps the one it replaces.
 */
public interface SavedVersion {

  long id();

  String recordedBy();

  Instant recordedAt();
}
