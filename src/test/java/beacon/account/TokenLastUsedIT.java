package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.round.TestAccounts;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A token says when it was last used, to the minute its page shows, without a write to the database
 * on every request it signs: it is written again only once the time it shows is a minute old.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenLastUsedIT extends EmbeddedDatabaseForTests {

  @Autowired ApiTokens tokens;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient db;

  @Test
  void aTokenUsedAgainWithinAMinuteIsNotWrittenAgain() {
    Account officer = accounts.anAccount(councils.aCouncil().id(), Role.READER, "A. Reader");
    String token = tokens.make(officer.id(), "reports");

    assertThat(tokens.accountOf(token)).contains(officer);
    OffsetDateTime first = lastUsed(officer);
    assertThat(tokens.accountOf(token)).contains(officer);

    assertThat(first).isNotNull();
    assertThat(lastUsed(officer)).isEqualTo(first);
  }

  @Test
  void aTokenLastUsedOverAMinuteAgoIsWrittenWhenUsed() {
    Account officer = accounts.anAccount(councils.aCouncil().id(), Role.READER, "B. Reader");
    String token = tokens.make(officer.id(), "reports");
    db.sql("update api_token set last_used_at = now() - interval '2 minutes' where account_id = :a")
        .param("a", officer.id())
        .update();
    OffsetDateTime before = lastUsed(officer);

    assertThat(tokens.accountOf(token)).contains(officer);

    assertThat(lastUsed(officer)).isAfter(before);
  }

  @Test
  void aRevokedTokenSignsNoOne() {
    Account officer = accounts.anAccount(councils.aCouncil().id(), Role.READER, "C. Reader");
    String token = tokens.make(officer.id(), "reports");
    tokens.revoke(officer.id(), tokens.of(officer.id()).get(0).id());

    assertThat(tokens.accountOf(token)).isEmpty();
  }

  private OffsetDateTime lastUsed(Account account) {
    return db.sql("select last_used_at from api_token where account_id = :a")
        .param("a", account.id())
        .query(OffsetDateTime.class)
        .single();
  }
}
