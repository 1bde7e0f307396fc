package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form that changes an account carries the version of the account it was opened on: the
 * account's details, its password and sign-in, and its assignments. A form opened before someone
 * else saved is refused, saying who changed what, and nothing it sends is written. A password
 * bcrypt cannot take whole (over 72 bytes) is refused with the rest of its form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountFormVersionsIT extends EmbeddedDatabaseForTests {

  /** 40 characters, 80 bytes in UTF-8. */
  private static final String TOO_LONG = "é".repeat(40);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;

  @Test
  void refusesAFormOpenedBeforeTheAccountWasStoppedThatWouldAllowItAgain() {
    TestAccount reader = accounts.make(Role.READER, null);
    TestAccount first = accounts.make(Role.ADMINISTRATOR, null);
    TestAccount second = accounts.make(Role.ADMINISTRATOR, null);
    AdministratorPages early = AdministratorPages.signIn(port, first);
    AdministratorPages later = AdministratorPages.signIn(port, second);
    String opened = early.open(reader.account().id());
    later.save(reader.account(), "every", later.open(reader.account().id()), "signIn", "stopped");
    String stopped = row(reader.account().id());

    HttpResponse<String> refused =
        early.save(reader.account(), "every", opened, "name", "Renamed Too Late");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Someone else changed this account after you opened this form")
        .contains(second.account().name() + " changed its sign-in")
        .contains("Nothing you sent has been saved");
    assertThat(row(reader.account().id())).isEqualTo(stopped);
  }

  @Test
  void refusesAnAssignmentFromAPageOpenedBeforeAnotherChange() {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("A1", "80")
            .withQuarterlyIndicator("A2", "80")
            .withQuarterlyIndicator("A3", "80");
    TestAccount contributor = accounts.contributorOf(council.code(), "A1");
    long id = contributor.account().id();
    AdministratorPages early =
        AdministratorPages.signIn(port, accounts.make(Role.ADMINISTRATOR, null));
    AdministratorPages later =
        AdministratorPages.signIn(port, accounts.make(Role.ADMINISTRATOR, null));
    String opened = early.open(id);
    later.assign(id, later.open(id), "A2");
    String before = row(id);

    HttpResponse<String> refused = early.assign(id, opened, "A3");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("changed its assignments");
    assertThat(assigned(id)).containsExactly("A1", "A2");
    assertThat(row(id)).isEqualTo(before);
  }

  @Test
  void refusesTheRemovalOfAnAssignmentFromAPageOpenedBeforeAnotherChange() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("R1", "80").withQuarterlyIndicator("R2", "80");
    TestAccount contributor = accounts.contributorOf(council.code(), "R1");
    long id = contributor.account().id();
    AdministratorPages early =
        AdministratorPages.signIn(port, accounts.make(Role.ADMINISTRATOR, null));
    AdministratorPages later =
        AdministratorPages.signIn(port, accounts.make(Role.ADMINISTRATOR, null));
    String opened = early.open(id);
    later.assign(id, later.open(id), "R2");

    HttpResponse<String> refused = early.remove(id, assignment(id, "R1"), opened);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Nothing you sent has been saved");
    assertThat(assigned(id)).containsExactly("R1", "R2");
  }

  @Test
  void refusesAnAccountFormWithoutTheVersionItWasOpenedOn() {
    TestAccount reader = accounts.make(Role.READER, null);
    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String before = row(reader.account().id());

    HttpResponse<String> refused =
        administrator.save(reader.account(), "every", null, "name", "Renamed Without A Version");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Nothing you sent has been saved");
    assertThat(row(reader.account().id())).isEqualTo(before);
  }

  @Test
  void refusesAPasswordOverSeventyTwoBytesAndSavesNothingElseOfTheForm() {
    TestAccount reader = accounts.make(Role.READER, null);
    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    String before = row(reader.account().id());

    HttpResponse<String> refused =
        administrator.save(
            reader.account(),
            "every",
            version,
            "name",
            "Renamed With The Password",
            "password",
            TOO_LONG);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The password must be 72 characters or fewer");
    assertThat(row(reader.account().id())).isEqualTo(before);
  }

  @Test
  void refusesANewAccountWhosePasswordIsOverSeventyTwoBytes() {
    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    long before = db.sql("select count(*) from account").query(Long.class).single();

    HttpResponse<String> refused =
        administrator
            .session()
            .postForm(
                "/accounts/new",
                "username",
                "long-password-" + before,
                "name",
                "Someone With A Long Password",
                "email",
                "",
                "role",
                "READER",
                "organisation",
                "every",
                "password",
                TOO_LONG);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The password must be 72 characters or fewer");
    assertThat(db.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
  }

  /** The account's row as kept, every column. */
  private String row(long id) {
    return db.sql("select to_jsonb(a)::text from account a where a.id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private List<String> assigned(long account) {
    return db.sql(
            """
            select i.code from account_assignment s join indicator i on i.id = s.indicator_id
             where s.account_id = :account order by i.code
            """)
        .param("account", account)
        .query(String.class)
        .list();
  }

  private long assignment(long account, String indicator) {
    return db.sql(
            """
            select s.id from account_assignment s join indicator i on i.id = s.indicator_id
             where s.account_id = :account and i.code = :indicator
            """)
        .param("account", account)
        .param("indicator", indicator)
        .query(Long.class)
        .single();
  }
}
