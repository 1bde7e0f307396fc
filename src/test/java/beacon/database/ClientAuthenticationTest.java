package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAuthenticationTest {

  @TempDir Path dataDirectory;

  @Test
  void theRulesAnEarlierBeaconLeftTrustEveryConnection() throws Exception {
    Files.writeString(
        dataDirectory.resolve("pg_hba.conf"),
        """
        # TYPE  DATABASE        USER            ADDRESS                 METHOD
        local   all             all                                     trust
        host    all             all             127.0.0.1/32            trust
        host    all             all             ::1/128                 trust
        """);

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDirectory)).isTrue();
  }

  @Test
  void beaconsRulesAskEveryConnectionForItsPassword() throws Exception {
    Files.writeString(dataDirectory.resolve("pg_hba.conf"), "local all all trust\n");

    ClientAuthentication.requirePasswords(dataDirectory);

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDirectory)).isFalse();
    assertThat(Files.readAllLines(dataDirectory.resolve("pg_hba.conf")))
        .filteredOn(line -> !line.startsWith("#"))
        .hasSize(3)
        .allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
  }

  @Test
  void aCommentThatSaysTrustIsNoRule() throws Exception {
    Files.writeString(
        dataDirectory.resolve("pg_hba.conf"),
        "# we do not trust anyone\nhost all all 127.0.0.1/32 scram-sha-256 # not trust\n");

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDirectory)).isFalse();
  }
}
