package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Role;
import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.Indicators;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Themes;
import beacon.rating.RagSchemes;
import beacon.web.OpenedForm;
import beacon.web.SignedInSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each catalogue edit form, opened by one administrator before another saved the same row, is
 * refused saying who changed what and when; the row keeps the other's change, no change is recorded
 * and the form keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleCatalogueFormsIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired CatalogueChanges changes;
  @Autowired Indicators indicators;
  @Autowired Portfolios portfolios;
  @Autowired Priorities priorities;
  @Autowired Themes themes;
  @Autowired RagSchemes schemes;

  private TestCouncil council;
  private SignedInSession first;
  private SignedInSession second;
  private TestAccount secondAdministrator;
  private String catalogue;

  @BeforeEach
  void aCouncilAndTwoOfItsAdministrators() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    TestAccount firstAdministrator = accounts.make(Role.ADMINISTRATOR, council.code());
    secondAdministrator = accounts.make(Role.ADMINISTRATOR, council.code());
    first = SignedInSession.signIn(port, firstAdministrator.username(), TestAccounts.PASSWORD);
    second = SignedInSession.signIn(port, secondAdministrator.username(), TestAccounts.PASSWORD);
    catalogue = "/organisations/" + council.code() + "/catalogue";
  }

  @Test
  void refusesAnIndicatorEditOpenedBeforeSomeoneElseChangedItsTitle() {
    long id = indicators.withCode(council.id(), "X1").orElseThrow().id();
    HttpResponse<String> answer =
        staleEdit(
            catalogue + "/indicators/X1/edit",
            new String[] {"title", "Their title", "reason", "Clearer"},
            new String[] {"title", "My title", "reason", "Shorter"},
            "Title");

    assertThat(indicators.withCode(council.id(), "X1").orElseThrow().title())
        .isEqualTo("Their title");
    assertThat(changes.changesOf(Table.INDICATOR, id)).hasSize(1);
    assertThat(typedIn(answer, catalogue + "/indicators/X1/edit"))
        .containsEntry("title", "My title")
        .containsEntry("reason", "Shorter");
  }

  @Test
  void refusesAPortfolioEditOpenedBeforeSomeoneElseChangedItsCabinetMember() {
    long id = portfolios.of(council.id()).get(0).id();
    String edit = catalogue + "/portfolios/" + id + "/edit";
    HttpResponse<String> answer =
        staleEdit(
            edit,
            new String[] {"cabinetMember", "Cllr Theirs"},
            new String[] {"cabinetMember", "Cllr Mine"},
            "Cabinet member");

    assertThat(portfolios.withId(council.id(), id).orElseThrow().cabinetMember())
        .isEqualTo("Cllr Theirs");
    assertThat(changes.changesOf(Table.PORTFOLIO, id)).hasSize(1);
    assertThat(typedIn(answer, edit)).containsEntry("cabinetMember", "Cllr Mine");

    assertThat(OpenedForm.of(first, answer.body(), edit).send().statusCode()).isEqualTo(302);
    assertThat(portfolios.withId(council.id(), id).orElseThrow().cabinetMember())
        .isEqualTo("Cllr Mine");
  }

  @Test
  void refusesAPriorityEditOpenedBeforeSomeoneElseChangedItsDescription() {
    long id = priorities.of(council.id()).get(0).id();
    String edit = catalogue + "/priorities/" + id + "/edit";
    HttpResponse<String> answer =
        staleEdit(
            edit,
            new String[] {"description", "Theirs"},
            new String[] {"description", "Mine"},
            "Description");

    assertThat(priorities.withId(council.id(), id).orElseThrow().description()).isEqualTo("Theirs");
    assertThat(changes.changesOf(Table.PRIORITY, id)).hasSize(1);
    assertThat(typedIn(answer, edit)).containsEntry("description", "Mine");
  }

  @Test
  void refusesAThemeEditOpenedBeforeSomeoneElseRenamedIt() {
    long id = themes.of(council.id()).get(0).id();
    String edit = catalogue + "/themes/" + id + "/edit";
    HttpResponse<String> answer =
        staleEdit(
            edit, new String[] {"name", "Their theme"}, new String[] {"name", "My theme"}, "Name");

    assertThat(themes.withId(council.id(), id).orElseThrow().name()).isEqualTo("Their theme");
    assertThat(changes.changesOf(Table.THEME, id)).hasSize(1);
    assertThat(typedIn(answer, edit)).containsEntry("name", "My theme");
  }

  @Test
  void refusesASchemeEditOpenedBeforeSomeoneElseChangedItsDescription() {
    long id = schemes.named(council.id(), "Two states").orElseThrow();
    String edit = catalogue + "/schemes/" + id + "/edit";
    HttpResponse<String> answer =
        staleEdit(
            edit,
            new String[] {"description", "Theirs", "action", "save"},
            new String[] {"description", "Mine", "action", "save"},
            "Description");

    assertThat(schemes.scheme(council.id(), id).orElseThrow().description()).isEqualTo("Theirs");
    assertThat(changes.changesOf(Table.RAG_SCHEME, id)).hasSize(1);
    assertThat(typedIn(answer, edit)).containsEntry("description", "Mine");
  }

  @Test
  void refusesAnEditSentWithoutTheVersionItReplaces() {
    long id = portfolios.of(council.id()).get(0).id();
    String edit = catalogue + "/portfolios/" + id + "/edit";
    OpenedForm.on(second, edit, edit).send("cabinetMember", "Cllr Theirs");

    HttpResponse<String> answer =
        OpenedForm.on(first, edit, edit).without("version").send("cabinetMember", "Cllr Mine");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondAdministrator.account().name());
    assertThat(portfolios.withId(council.id(), id).orElseThrow().cabinetMember())
        .isEqualTo("Cllr Theirs");
    assertThat(changes.changesOf(Table.PORTFOLIO, id)).hasSize(1);
  }

  @Test
  void refusesAnEditWhoseVersionIsNotANumberSayingWhoSavedNotHowItFailed() {
    long id = portfolios.of(council.id()).get(0).id();
    String edit = catalogue + "/portfolios/" + id + "/edit";
    OpenedForm.on(second, edit, edit).send("cabinetMember", "Cllr Theirs");

    HttpResponse<String> answer =
        OpenedForm.on(first, edit, edit).send("cabinetMember", "Cllr Mine", "version", "x1");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondAdministrator.account().name())
        .doesNotContain("convert");
    assertThat(portfolios.withId(council.id(), id).orElseThrow().cabinetMember())
        .isEqualTo("Cllr Theirs");
  }

  /**
   * The first administrator opens the edit page, the second saves {@code theirs} from it, then the
   * first sends {@code mine}: refused, naming the second administrator and the field they changed.
   */
  private HttpResponse<String> staleEdit(
      String edit, String[] theirs, String[] mine, String fieldChanged) {
    OpenedForm opened = OpenedForm.on(first, edit, edit);
    HttpResponse<String> saved = OpenedForm.on(second, edit, edit).send(theirs);
    assertThat(saved.statusCode()).as("the second administrator's save").isEqualTo(302);

    HttpResponse<String> answer = opened.send(mine);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondAdministrator.account().name())
        .contains(fieldChanged.toLowerCase())
        .contains("after you opened this form");
    return answer;
  }

  private Map<String, String> typedIn(HttpResponse<String> answer, String edit) {
    return OpenedForm.of(first, answer.body(), edit).fields();
  }
}
