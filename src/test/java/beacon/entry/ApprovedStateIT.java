package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Account;
import beacon.account.Role;
import beacon.organisation.Organisations;
import beacon.round.TestAccounts;
import beacon.rules.period.FinancialQuarter;
import beacon.web.SentForm;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The commentary form offers the approved state to everyone, but only who may approve can choose
 * it; the others are told so on the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovedStateIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired CommentaryEntryController controller;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired JdbcClient db;

  private TestCouncil council;
  private Account signedIn;

  @BeforeEach
  void aCouncilWithAnIndicator() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
  }

  @Test
  void aContributorWhoIsNoApproverCannotChooseApproved() {
    signIn(accounts.anAccount(council.id(), Role.CONTRIBUTOR, "A. Lead"));

    BindingResult errors = send("APPROVED");

    assertThat(errors.getFieldError("state")).isNotNull();
    assertThat(errors.getFieldError("state").getCode())
        .isEqualTo("round.approve.error.notApprover");
    assertThat(commentaryStates()).isEmpty();
  }

  @Test
  void aContributorMaySubmit() {
    signIn(accounts.anAccount(council.id(), Role.CONTRIBUTOR, "A. Lead"));

    assertThat(send("SUBMITTED").getFieldError("state")).isNull();
  }

  @Test
  void aPerformanceOfficerMayChooseApproved() {
    signIn(accounts.anAccount(council.id(), Role.PERFORMANCE_OFFICER, "P. Officer"));

    assertThat(send("APPROVED").getFieldError("state")).isNull();
  }

  private BindingResult send(String state) {
    CommentaryForm form =
        SentForm.of(CommentaryForm.class, "narrative", "Performance fell to 75%.", "state", state);
    BindingResult errors = new BeanPropertyBindingResult(form, "commentaryForm");
    controller.processForm(
        organisations.withCode(council.code()).orElseThrow(),
        "X1",
        Q1.code(),
        form,
        errors,
        new ExtendedModelMap(),
        signedIn);
    return errors;
  }

  private List<String> commentaryStates() {
    return db.sql("select state from commentary where indicator_id = :i")
        .param("i", council.indicatorId("X1"))
        .query(String.class)
        .list();
  }

  private void signIn(Account account) {
    signedIn = account;
  }
}
