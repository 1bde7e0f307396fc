package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.web.SignedInSession;
import beacon.web.TestSignOnProvider;
import beacon.web.TestSignOnProvider.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Stopping an account, a new role or organisation, and a new password end every session the account
 * has, at once: the next request of each is asked to sign in, and nothing of the old role goes on
 * working. A change that does not touch what the account may do leaves them be. API tokens act with
 * the account as it is at each request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSessionsIT extends EmbeddedDatabaseForTests {

  private static final String NEW_PASSWORD = "another long password";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;
  @Autowired JdbcIndexedSessionRepository sessions;

  @Test
  void stoppingAnAccountEndsEverySessionItHasAtOnce() {
    TestAccount reader = accounts.make(Role.READER, null);
    SignedInSession first = signIn(reader);
    SignedInSession second = signIn(reader);
    assertSignedIn(first);
    assertSignedIn(second);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    administrator.save(reader.account(), "every", version, "signIn", "stopped");

    assertAskedToSignIn(first);
    assertAskedToSignIn(second);
    assertThat(sessionsOf(reader)).isZero();
  }

  @Test
  void aDemotedOfficerCannotGoOnActingAsAnOfficerInTheSessionTheyHad() {
    TestCouncil council = councils.aCouncil();
    TestAccount officer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    SignedInSession session = signIn(officer);
    String audit = "/organisations/" + council.code() + "/audit";
    assertThat(session.get(audit).statusCode()).isEqualTo(200);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(officer.account().id());
    administrator.save(officer.account(), council.code(), version, "role", "READER");

    assertAskedToSignIn(session);
    assertThat(session.get(audit).statusCode()).isEqualTo(302);
    assertThat(signIn(officer).get(audit).statusCode()).isEqualTo(403);
  }

  @Test
  void anotherOrganisationEndsTheAccountsSessions() {
    TestCouncil council = councils.aCouncil();
    TestCouncil other = councils.aCouncil();
    TestAccount reader = accounts.make(Role.READER, council.code());
    SignedInSession session = signIn(reader);
    assertSignedIn(session);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    administrator.save(reader.account(), council.code(), version, "organisation", other.code());

    assertAskedToSignIn(session);
  }

  @Test
  void aNewPasswordEndsTheAccountsSessions() {
    TestAccount reader = accounts.make(Role.READER, null);
    SignedInSession session = signIn(reader);
    assertSignedIn(session);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    administrator.save(reader.account(), "every", version, "password", NEW_PASSWORD);

    assertAskedToSignIn(session);
    assertSignedIn(SignedInSession.signIn(port, reader.username(), NEW_PASSWORD));
  }

  @Test
  void aNewNameLeavesTheSessionsBe() {
    TestAccount reader = accounts.make(Role.READER, null);
    SignedInSession session = signIn(reader);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    administrator.save(reader.account(), "every", version, "name", "Renamed Reader");

    assertThat(
            db.sql("select name from account where id = :id")
                .param("id", reader.account().id())
                .query(String.class)
                .single())
        .isEqualTo("Renamed Reader");
    assertSignedIn(session);
  }

  @Test
  void stoppingAnAccountInTheDatabaseItselfEndsItsSessionsToo() {
    TestAccount reader = accounts.make(Role.READER, null);
    SignedInSession session = signIn(reader);
    assertSignedIn(session);

    db.sql("update account set disabled_at = now() where id = :id")
        .param("id", reader.account().id())
        .update();

    assertAskedToSignIn(session);
  }

  @Test
  void aSessionSignedOnThroughTheOrganisationsSignInEndsWhenTheAccountIsStopped() {
    String username = "sign-on-" + UUID.randomUUID().toString().substring(0, 8);
    TestAccount reader = accounts.make(Role.READER, null);
    db.sql("update account set email = :email where id = :id")
        .param("email", username + "@example.gov.uk")
        .param("id", reader.account().id())
        .update();
    TestSignOnProvider.provider()
        .signsInAs(new Person(UUID.randomUUID().toString(), username + "@example.gov.uk", null));
    Browser signedOn = new Browser();
    signedOn.get("/oauth2/authorization/test", true);
    assertThat(signedOn.get("/account/tokens", false).statusCode()).isEqualTo(200);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(reader.account().id());
    administrator.save(reader.account(), "every", version, "signIn", "stopped");

    HttpResponse<String> after = signedOn.get("/account/tokens", false);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
  }

  @Test
  void anAdministratorWhoGivesThemselvesANewPasswordIsSignedOutEverywhereAndToldSo() {
    TestAccount own = accounts.make(Role.ADMINISTRATOR, null);
    SignedInSession elsewhere = signIn(own);
    AdministratorPages administrator = AdministratorPages.signIn(port, own);
    String version = administrator.open(own.account().id());

    HttpResponse<String> saved =
        administrator.save(own.account(), "every", version, "password", NEW_PASSWORD);

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElse(""))
        .endsWith("/sign-in?account-changed");
    assertAskedToSignIn(administrator.session());
    assertAskedToSignIn(elsewhere);
    assertThat(new Browser().get("/sign-in?account-changed", false).body())
        .contains("You have been signed out");
    assertSignedIn(SignedInSession.signIn(port, own.username(), NEW_PASSWORD));
  }

  @Test
  void aDemotedAccountsTokenActsWithItsNewRole() {
    TestCouncil council = councils.aCouncil();
    TestAccount officer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    String audit = "/api/v1/organisations/" + council.code() + "/audit";
    assertThat(withToken(officer, audit).statusCode()).isEqualTo(200);

    AdministratorPages administrator = AdministratorPages.signIn(port, accounts.administrator());
    String version = administrator.open(officer.account().id());
    administrator.save(officer.account(), council.code(), version, "role", "READER");

    assertThat(withToken(officer, audit).statusCode()).isEqualTo(403);
  }

  @Test
  void aSessionEndedWhileOneOfItsRequestsIsServedIsNotWrittenBack() {
    endedWhileServed(sessions);
  }

  /** A session read at the start of a request, ended in the database, then saved at its end. */
  private <S extends Session> void endedWhileServed(SessionRepository<S> sessions) {
    S session = sessions.createSession();
    session.setAttribute("before", "the account changed");
    sessions.save(session);
    S inFlight = sessions.findById(session.getId());

    db.sql("delete from spring_session where session_id = :id")
        .param("id", session.getId())
        .update();
    inFlight.setAttribute("before", "the request changed it");
    inFlight.setAttribute("after", "the request added it");
    sessions.save(inFlight);

    assertThat(sessions.findById(session.getId())).isNull();
    assertThat(
            db.sql("select count(*) from spring_session_attributes where attribute_name = 'after'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private SignedInSession signIn(TestAccount account) {
    return SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
  }

  private long sessionsOf(TestAccount account) {
    return db.sql(
            """
            select count(*) from spring_session
             where principal_name = :id::text or principal_name = :username
            """)
        .param("id", account.account().id())
        .param("username", account.username())
        .query(Long.class)
        .single();
  }

  private static void assertSignedIn(SignedInSession session) {
    assertThat(session.get("/account/tokens").statusCode()).isEqualTo(200);
  }

  private static void assertAskedToSignIn(SignedInSession session) {
    HttpResponse<String> answer = session.get("/account/tokens");
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
  }

  private HttpResponse<String> withToken(TestAccount account, String path) {
    return send(
        HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", account.bearer())
            .header("Accept", "application/json")
            .build());
  }

  /** A browser's cookies and redirects, for signing on through the test provider. */
  private final class Browser {

    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** Asks for the page, following redirects (to the provider and back) when told to. */
    HttpResponse<String> get(String path, boolean follow) {
      URI address = URI.create("http://localhost:" + port + path);
      for (int hop = 0; ; hop++) {
        HttpResponse<String> answer =
            send(http, HttpRequest.newBuilder(address).header("Accept", "text/html").build());
        String location = answer.headers().firstValue("Location").orElse(null);
        if (!follow || location == null || hop > 10) {
          return answer;
        }
        address = address.resolve(location);
      }
    }
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
