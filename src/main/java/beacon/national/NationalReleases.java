package beacon.national;

import beacon.national.files.NationalFileException;
import beacon.national.files.Releases;
import beacon.rules.national.ReleaseCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The release calendar the national benchmarks are dated by: the one Beacon ships, or the file the
 * setting {@code beacon.national.releases} names (the same columns), read once at start.
 */
@Component
public class NationalReleases {

  private final ReleaseCalendar calendar;

  NationalReleases(@Value("${beacon.national.releases:}") String file) {
    this.calendar = file.isBlank() ? Releases.shipped() : read(Path.of(file));
  }

  public ReleaseCalendar calendar() {
    return calendar;
  }

  private static ReleaseCalendar read(Path file) {
    try (InputStream csv = Files.newInputStream(file)) {
      return Releases.read(file.getFileName().toString(), csv);
    } catch (IOException e) {
      throw new NationalFileException(
          "The release calendar " + file + " (beacon.national.releases) cannot be read", e);
    }
  }
}
