package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSecretTest {

  @TempDir Path dataDirectory;

  @Test
  void keptPasswordsAreReadBackAndReadableByTheOwnerOnly() throws Exception {
    DatabaseSecret secret = DatabaseSecret.generate();

    secret.keepIn(dataDirectory);

    assertThat(DatabaseSecret.in(dataDirectory)).contains(secret);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDirectory.resolve("beacon-secret"))))
        .isEqualTo("rw-------");
  }

  @Test
  void everyPasswordIsNewAndLong() {
    DatabaseSecret one = DatabaseSecret.generate();
    DatabaseSecret other = DatabaseSecret.generate();

    assertThat(one.administratorPassword())
        .hasSizeGreaterThanOrEqualTo(43)
        .isNotEqualTo(one.applicationPassword())
        .isNotEqualTo(other.administratorPassword());
  }

  @Test
  void printingItShowsNoPassword() {
    DatabaseSecret secret = DatabaseSecret.generate();

    assertThat(secret.toString())
        .doesNotContain(secret.administratorPassword())
        .doesNotContain(secret.applicationPassword());
  }

  @Test
  void theFileForInitdbHoldsOnlyTheAdministratorsPasswordForItsOwnerOnly() throws Exception {
    DatabaseSecret secret = DatabaseSecret.generate();

    Path file = secret.administratorPasswordFile();
    try {
      assertThat(Files.readString(file)).isEqualTo(secret.administratorPassword() + "\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void noFileIsNoSecretAndAFileWithoutBothPasswordsIsSaidSo() throws Exception {
    assertThat(DatabaseSecret.in(dataDirectory)).isEmpty();

    Files.writeString(dataDirectory.resolve("beacon-secret"), "postgres=only-one\n");

    assertThatThrownBy(() -> DatabaseSecret.in(dataDirectory))
        .hasMessageContaining("does not hold the passwords of both postgres and beacon");
  }
}
