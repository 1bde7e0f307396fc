package beacon;

import beacon.web.TestSignOnProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests run Beacon on its embedded PostgreSQL with a data directory of their own under
 * target/, so a Beacon started from the same folder keeps its data; and with single sign-on
 * configured, through {@link TestSignOnProvider}, so that every test shares one application
 * context.
 */
public abstract class EmbeddedDatabaseForTests {

  private static final Path DATA = newDataDirectory();

  /**
   * The shared data directory, unless the test class names one of its own in {@code
   * beacon.test.database-directory}: a class with settings of its own runs a second Beacon beside
   * the shared one, which must not start a database on the same directory.
   */
  @DynamicPropertySource
  static void ownDataDirectory(DynamicPropertyRegistry registry) {
    registry.add(
        "beacon.database.directory", () -> "${beacon.test.database-directory:" + DATA + "}");
  }

  @DynamicPropertySource
  static void testSignOnProvider(DynamicPropertyRegistry registry) {
    TestSignOnProvider.register(registry);
  }

  private static Path newDataDirectory() {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-data"));
      return Files.createTempDirectory(parent.toAbsolutePath(), "beacon-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
