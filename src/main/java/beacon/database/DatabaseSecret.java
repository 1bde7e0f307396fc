package beacon.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's two roles: {@value #ADMINISTRATOR}, the superuser that
 * owns the tables and runs the migrations, and {@value #APPLICATION}, the role Beacon does its work
 * as. Made at random once, and kept in the file {@value #FILE} in the data directory, readable by
 * its owner only, so that the command line finds them too. They are never logged.
 */
public record DatabaseSecret(String administratorPassword, String applicationPassword) {

  /** The role that owns the tables, runs the migrations and sets up the others. */
  public static final String ADMINISTRATOR = "postgres";

  /**
   * The role Beacon works as: it may read and write the council's data, and only read the trail.
   */
  public static final String APPLICATION = "beacon";

  static final String FILE = "beacon-secret";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** New passwords, each of 256 random bits. */
  static DatabaseSecret generate() {
    return new DatabaseSecret(password(), password());
  }

  /** The passwords kept in the data directory, if there are any. */
  public static Optional<DatabaseSecret> in(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties passwords = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      passwords.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    String administrator = passwords.getProperty(ADMINISTRATOR);
    String application = passwords.getProperty(APPLICATION);
    if (administrator == null || application == null) {
      throw new IllegalStateException(
          file + " does not hold the passwords of both " + ADMINISTRATOR + " and " + APPLICATION);
    }
    return Optional.of(new DatabaseSecret(administrator, application));
  }

  /** Writes the passwords into the data directory, readable and writable by its owner only. */
  void keepIn(Path dataDirectory) throws IOException {
    Path written = writeOwnerOnly(dataDirectory, FILE + ".new", contents());
    Files.move(
        written,
        dataDirectory.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * A file outside the data directory holding only the administrator's password, as {@code initdb
   * --pwfile} reads it, for the caller to delete once the database is made.
   */
  Path administratorPasswordFile() throws IOException {
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    Path file = Files.createTempFile("beacon-initdb-", "", ownerOnly);
    Files.writeString(file, administratorPassword + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private String contents() {
    return "# The passwords of Beacon's embedded PostgreSQL. Keep this file to yourself.\n"
        + ADMINISTRATOR
        + "="
        + administratorPassword
        + "\n"
        + APPLICATION
        + "="
        + applicationPassword
        + "\n";
  }

  private static Path writeOwnerOnly(Path directory, String name, String text) throws IOException {
    Path file = directory.resolve(name);
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(text);
    }
    return file;
  }

  private static String password() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Never the passwords themselves, so that printing the record shows nothing. */
  @Override
  public String toString() {
    return "DatabaseSecret[passwords not shown]";
  }
}
