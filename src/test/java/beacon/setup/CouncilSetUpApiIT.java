package beacon.setup;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.TestCouncils;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator of every organisation sets up councils by the API: an English authority by its
 * code alone, another organisation with a code and name of its own; each council's administrator
 * then changes its names at the version read. Every refusal says which field and why and writes
 * nothing; every write is in the audit trail under who made it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilSetUpApiIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;

  @Test
  void anAuthorityIsSetUpByItsCodeWithItsNameRegionAndOnsCodeFromTheDfesList() throws Exception {
    TestAccount hub = accounts.administrator();

    HttpResponse<String> added = send(hub, "POST", "/api/v1/organisations", "{\"code\": \"311\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.headers().firstValue("Location")).contains("/api/v1/organisations/311");
    JsonNode havering = JSON.readTree(send(hub, "GET", "/api/v1/organisations/311", null).body());
    assertThat(havering.get("name").asString()).isEqualTo("Havering");
    assertThat(havering.get("region").asString()).isEqualTo("London");
    JsonNode settings = JSON.readTree(added.body());
    assertThat(settings.get("onsCode").asString()).isEqualTo("E09000016");
    assertThat(settings.get("kind").asString()).isEqualTo("AUTHORITY");
    assertThat(whoAdded("311")).isEqualTo(hub.username());
    // its statistical neighbours are known by the same code
    assertThat(
            db.sql("select count(*) from statistical_neighbour where authority = '311'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aCodeThatCannotBeSetUpIsRefusedSayingWhyAndNothingIsWritten() throws Exception {
    TestAccount hub = accounts.administrator();
    send(hub, "POST", "/api/v1/organisations", "{\"code\": \"E09000012\"}"); // Hackney, 204
    long before = organisationsHeld();

    assertRefused(
        send(hub, "POST", "/api/v1/organisations", "{\"code\": \"204\"}"),
        422,
        "code: Beacon already holds Hackney (204)");
    assertRefused(
        send(hub, "POST", "/api/v1/organisations", "{\"code\": \"999\"}"),
        422,
        "code: There is no English local authority with the code 999 in the DfE's list");
    assertRefused(
        send(hub, "POST", "/api/v1/organisations", "{\"code\": \"928\"}"),
        422,
        "code: Northamptonshire (928) last reported in 2020/21 and has been replaced: set up"
            + " North Northamptonshire (940) or West Northamptonshire (941)");
    assertRefused(
        send(hub, "POST", "/api/v1/organisations", "{\"code\": \"\"}"),
        422,
        "code: Enter the authority's code");
    assertRefused(
        send(
            hub,
            "POST",
            "/api/v1/organisations",
            "{\"code\": \"NEW-TRUST\", \"kind\": \"OTHER\", \"name\": \"A trust\","
                + " \"region\": \"Wessex\"}"),
        422,
        "region: There is no English region Wessex");
    assertThat(organisationsHeld()).as("organisations held").isEqualTo(before);
  }

  @Test
  void onlyAnAdministratorOfEveryOrganisationSetsUpACouncil() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    long before = organisationsHeld();

    for (TestAccount someone :
        new TestAccount[] {accounts.administratorOf(council.code()), accounts.reader()}) {
      HttpResponse<String> refused =
          send(someone, "POST", "/api/v1/organisations", "{\"code\": \"205\"}");
      assertThat(refused.statusCode()).as(someone.username()).isEqualTo(403);
    }
    assertThat(organisationsHeld()).isEqualTo(before);
  }

  @Test
  void anOrganisationThatIsNotAnAuthorityHasACodeNameAndRegionOfItsOwn() throws Exception {
    TestAccount hub = accounts.administrator();

    HttpResponse<String> added =
        send(
            hub,
            "POST",
            "/api/v1/organisations",
            "{\"code\": \"DCT-API\", \"kind\": \"OTHER\", \"name\": \"Doncaster Children's Services"
                + " Trust\", \"region\": \"Yorkshire and The Humber\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode trust = JSON.readTree(added.body());
    assertThat(trust.get("kind").asString()).isEqualTo("OTHER");
    assertThat(trust.get("name").asString()).isEqualTo("Doncaster Children's Services Trust");
    assertThat(trust.get("region").asString()).isEqualTo("Yorkshire and The Humber");
    assertThat(trust.get("onsCode")).as("an ONS code").isNull();
    assertRefused(
        send(
            hub,
            "POST",
            "/api/v1/organisations",
            "{\"code\": \"371\", \"kind\": \"OTHER\", \"name\": \"Doncaster again\"}"),
        422,
        "code: The code must start with a capital letter");
  }

  @Test
  void aCouncilsAdministratorChangesItsNamesAtTheVersionReadAndAnOlderVersionIsRefused()
      throws Exception {
    send(accounts.administrator(), "POST", "/api/v1/organisations", "{\"code\": \"316\"}");
    TestAccount admin = accounts.administratorOf("316");
    String settings = "/api/v1/organisations/316/settings";
    long version = JSON.readTree(send(admin, "GET", settings, null).body()).get("version").asLong();

    HttpResponse<String> renamed =
        send(
            admin,
            "PUT",
            settings,
            "{\"version\": "
                + version
                + ", \"name\": \"London Borough of Newham\", \"shortName\":"
                + " \"Newham\"}");

    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(JSON.readTree(renamed.body()).get("shortName").asString()).isEqualTo("Newham");
    assertRefused(
        send(
            admin,
            "PUT",
            settings,
            "{\"version\": " + version + ", \"name\": \"Newham Council\", \"shortName\": null}"),
        409,
        "version: Someone else changed the names since you opened this form: they are now"
            + " \u201cLondon Borough of Newham\u201d, short name \u201cNewham\u201d");
    assertThat(
            db.sql(
                    """
                    select old_row ->> 'name' from audit_event
                     where table_name = 'organisation' and action = 'UPDATE'
                       and new_row ->> 'code' = '316'
                    """)
                .query(String.class)
                .single())
        .as("the name it had, kept by the audit trail")
        .isEqualTo("Newham");
  }

  @Test
  void aCouncilNamesItsOwnWordForAValueNotRatedAndARatingsNameIsRefused() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    TestAccount admin = accounts.administratorOf(council.code());
    String settings = "/api/v1/organisations/" + council.code() + "/settings";
    JsonNode before = JSON.readTree(send(admin, "GET", settings, null).body());
    assertThat(before.get("notRatedWord").asString()).isEqualTo("Not rated");
    long version = before.get("version").asLong();

    assertRefused(
        send(
            admin,
            "PUT",
            settings,
            "{\"version\": " + version + ", \"name\": \"Havering\", \"notRatedWord\": \"Amber\"}"),
        422,
        "notRatedWord: A value not rated cannot be called Amber: that is a rating");
    assertRefused(
        send(
            admin,
            "PUT",
            settings,
            "{\"version\": "
                + version
                + ", \"name\": \"Havering\", \"notRatedWord\": \"Blue\", \"notRatedColour\":"
                + " \"orange\"}"),
        422,
        "notRatedColour: A value not rated is shown in grey, blue, light blue, purple, pink or"
            + " turquoise, not orange");
    HttpResponse<String> named =
        send(
            admin,
            "PUT",
            settings,
            "{\"version\": "
                + version
                + ", \"name\": \"Havering\", \"notRatedWord\": \" Blue \", \"notRatedColour\":"
                + " \"BLUE\"}");

    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(named.body());
    assertThat(after.get("notRatedWord").asString()).isEqualTo("Blue");
    assertThat(after.get("notRatedColour").asString()).isEqualTo("BLUE");
    assertThat(after.get("version").asLong()).isEqualTo(version + 1);
  }

  private void assertRefused(HttpResponse<String> answer, int status, String detail)
      throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(JSON.readTree(answer.body()).get("detail").asString()).startsWith(detail);
  }

  private long organisationsHeld() {
    return db.sql("select count(*) from organisation").query(Long.class).single();
  }

  private String whoAdded(String code) {
    return db.sql(
            """
            select username from audit_event
             where table_name = 'organisation' and action = 'INSERT' and new_row ->> 'code' = :code
            """)
        .param("code", code)
        .query(String.class)
        .single();
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
