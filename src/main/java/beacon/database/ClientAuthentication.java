package beacon.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

/**
 * Who the embedded PostgreSQL lets in: its {@code pg_hba.conf}. A database made by an earlier
 * Beacon trusted every local connection, as any role, with no password; Beacon's own asks every
 * connection, over the socket or loopback, for its role's password (SCRAM-SHA-256).
 */
final class ClientAuthentication {

  private static final String FILE = "pg_hba.conf";

  private static final String PASSWORDS_REQUIRED =
      """
      # Written by Beacon: every connection gives its role's password (SCRAM-SHA-256). The
      # passwords are in %s, beside this file. Connections come only from this machine.
      # TYPE  DATABASE  USER  ADDRESS       METHOD
      local   all       all                 scram-sha-256
      host    all       all   127.0.0.1/32  scram-sha-256
      host    all       all   ::1/128       scram-sha-256
      """
          .formatted(DatabaseSecret.FILE);

  private ClientAuthentication() {}

  /** True when some connection is let in without a password, as an earlier Beacon left it. */
  static boolean trustsWithoutPassword(Path dataDirectory) throws IOException {
    List<String> lines = Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8);
    return lines.stream()
        .map(line -> line.replaceFirst("#.*", ""))
        .anyMatch(rule -> Arrays.asList(rule.trim().split("\\s+")).contains("trust"));
  }

  /**
   * Writes the rules that ask every connection for its password; a running server follows them once
   * it reloads its configuration.
   */
  static void requirePasswords(Path dataDirectory) throws IOException {
    Path written = dataDirectory.resolve(FILE + ".new");
    Files.deleteIfExists(written);
    Files.createFile(
        written,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(written, PASSWORDS_REQUIRED, StandardCharsets.UTF_8);
    Files.move(
        written,
        dataDirectory.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
