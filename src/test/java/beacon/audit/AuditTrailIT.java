package beacon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Account;
import beacon.account.Role;
import beacon.account.SignedIn;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.imports.FileImports;
import beacon.imports.ImportReport;
import beacon.imports.file.TableFiles;
import beacon.indicator.Catalogue;
import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.NewIndicator;
import beacon.papers.Layout;
import beacon.papers.Papers;
import beacon.publishing.PublishedPapers;
import beacon.rules.audit.Change;
import beacon.rules.audit.ChangeKind;
import beacon.rules.audit.FieldChange;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Targets;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every change leaves who, when, what it was and became, and why; nobody can change the trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired AuditTrail trail;
  @Autowired IndicatorValues values;
  @Autowired Targets targets;
  @Autowired Commentaries commentaries;
  @Autowired Catalogue catalogue;
  @Autowired CatalogueChanges catalogueChanges;
  @Autowired Papers papers;
  @Autowired PublishedPapers published;
  @Autowired FileImports imports;
  @Autowired JdbcClient db;
  @Autowired Flyway flyway;

  @Test
  void aCorrectedValueIsOneChangeFromTheOldValueToTheNewWithItsReason() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    record(council, "A1", "75", "Ann Officer", null);
    record(council, "A1", "80", "Bob Officer", "The return was keyed wrongly");

    List<Change> changes = changesOf(council, "A1", "indicator_value");

    assertThat(changes).hasSize(2);
    Change correction = changes.get(0);
    assertThat(correction.kind()).isEqualTo(ChangeKind.CORRECTED);
    assertThat(correction.username()).isEqualTo("Bob Officer");
    assertThat(correction.indicatorCode()).isEqualTo("A1");
    assertThat(correction.fields()).containsExactly(new FieldChange("value", "75", "80"));
    assertThat(correction.reason()).isEqualTo("The return was keyed wrongly");
    assertThat(changes.get(1).kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(changes.get(1).username()).isEqualTo("Ann Officer");
    assertThat(changes.get(1).fields())
        .contains(new FieldChange("period_code", null, "2024-25-Q1"));
  }

  @Test
  void aChangedTargetIsACorrectionWithItsReason() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("T1", "80");
    long indicator = council.indicatorId("T1");
    long version = targets.current(indicator, "2024-25").orElseThrow().id();

    targets.set(
        indicator,
        new FinancialYear(2024),
        Target.of("85"),
        null,
        "Cath Officer",
        "Cabinet raised it",
        version);

    Change change = changesOf(council, "T1", "target").get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.CORRECTED);
    assertThat(change.fields()).containsExactly(new FieldChange("target", "80", "85"));
    assertThat(change.reason()).isEqualTo("Cabinet raised it");
    assertThat(change.username()).isEqualTo("Cath Officer");
  }

  @Test
  void commentaryAndItsImprovementActionsAreRecordedAgainstTheIndicator() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("C1", "80");
    long indicator = council.indicatorId("C1");
    commentaries.add(
        indicator,
        Q1.code(),
        "Fewer visits",
        List.of("Audit cases"),
        null,
        "Head of Service",
        CommentaryState.DRAFT,
        null,
        "Dee Officer");
    commentaries.save(
        indicator,
        Q1.code(),
        "More visits",
        List.of("Audit cases"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        "Dee Officer",
        commentaries.current(indicator, Q1.code()).orElseThrow().id());

    List<Change> changes = changesOf(council, "C1", null);

    assertThat(changes)
        .filteredOn(change -> change.table().equals("commentary"))
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CORRECTED, ChangeKind.ADDED);
    assertThat(changes)
        .filteredOn(change -> change.kind() == ChangeKind.CORRECTED)
        .singleElement()
        .extracting(Change::fields)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains(
            new FieldChange("narrative", "Fewer visits", "More visits"),
            new FieldChange("state", "DRAFT", "SUBMITTED"));
    assertThat(changes)
        .filteredOn(change -> change.table().equals("improvement_action"))
        .hasSize(2)
        .allSatisfy(change -> assertThat(change.username()).isEqualTo("Beacon"));
  }

  @Test
  void aCatalogueEditShowsTheFieldsChangedWithTheReasonItWasGiven() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("K1", "80");
    long indicator = council.indicatorId("K1");

    catalogue.updateIndicator(
        indicator,
        indicator(council, "K1", "Assessments completed in time"),
        new Edit(
            "Eve Admin",
            "Clearer title",
            catalogueChanges.version(CatalogueChanges.Table.INDICATOR, indicator)));

    List<Change> changes = changesOf(council, "K1", null);
    Change edit =
        changes.stream().filter(change -> change.table().equals("indicator")).findFirst().get();
    assertThat(edit.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(edit.fields())
        .contains(new FieldChange("title", "Indicator K1", "Assessments completed in time"));
    assertThat(edit.reason()).isEqualTo("Clearer title");
    assertThat(changes)
        .filteredOn(change -> change.table().equals("catalogue_change"))
        .singleElement()
        .satisfies(change -> assertThat(change.username()).isEqualTo("Eve Admin"));
  }

  @Test
  void publishingAPaperIsRecorded() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("P1", "80");
    record(council, "P1", "75", "Ann Officer", null);

    published.publish(
        papers.paper(Layout.EXCEPTIONS, council.code(), Q1, null), "A. Clerk", "For Cabinet");

    List<Change> changes =
        trail.read(council.id(), new AuditQuery(null, "A. Clerk", null), 1, 100).changes();
    assertThat(changes)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.table()).isEqualTo("published_paper");
              assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
              assertThat(change.fields()).contains(new FieldChange("note", null, "For Cabinet"));
            });
  }

  @Test
  void anImportLeavesItsCorrectionsWithTheReasonGivenForThem() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("I1", "80");
    record(council, "I1", "75", "Ann Officer", null);

    ImportReport report =
        imports.run(
            "values",
            council.code(),
            csv(
                "indicator_code,period,value,numerator,denominator,marker,provisional,note",
                "I1,2024-25-Q1,77,,,,,",
                "I1,2024-25-Q2,79,,,,,"),
            false,
            "Fay Importer",
            "Revised return");

    assertThat(report.written()).as("%s", report.problems()).isTrue();
    List<Change> changes =
        trail.read(council.id(), new AuditQuery(null, "Fay Importer", null), 1, 100).changes();
    assertThat(changes)
        .extracting(Change::kind)
        .containsExactlyInAnyOrder(ChangeKind.CORRECTED, ChangeKind.ADDED);
    assertThat(changes)
        .filteredOn(change -> change.kind() == ChangeKind.CORRECTED)
        .singleElement()
        .extracting(Change::fieldsAsText)
        .asString()
        .startsWith("value: 75 → 77; source: Imported from values.csv");
    assertThat(changes)
        .filteredOn(change -> change.kind() == ChangeKind.CORRECTED)
        .singleElement()
        .extracting(Change::reason)
        .isEqualTo("Revised return");
  }

  @Test
  void theDatabaseRefusesToChangeDeleteOrEmptyTheTrail() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("R1", "80");
    record(council, "R1", "75", "Ann Officer", null);
    // Beacon's own role may only read the trail; even the role that owns it is refused
    JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());

    for (var refusal :
        List.of(
            new Refusal(db, "permission denied for table audit_event"),
            new Refusal(owner, "The audit trail is never changed or deleted"))) {
      assertThatThrownBy(
              () ->
                  refusal
                      .role()
                      .sql("update audit_event set username = 'Nobody' where organisation_id = :o")
                      .param("o", council.id())
                      .update())
          .rootCause()
          .hasMessageContaining(refusal.message());
      assertThatThrownBy(
              () ->
                  refusal
                      .role()
                      .sql("delete from audit_event where organisation_id = :o")
                      .param("o", council.id())
                      .update())
          .rootCause()
          .hasMessageContaining(refusal.message());
      assertThatThrownBy(() -> refusal.role().sql("truncate audit_event").update())
          .rootCause()
          .hasMessageContaining(refusal.message());
    }
    assertThat(changesOf(council, "R1", "indicator_value")).hasSize(1);
  }

  private record Refusal(JdbcClient role, String message) {}

  @Test
  void aPasswordHashIsNeverCopiedIntoTheTrailButItsChangeIs() {
    TestCouncil council = councils.aCouncil();
    String username = "user-" + council.code();
    db.sql(
            """
            insert into account (username, name, role, organisation_id, password_hash, created_by)
            values (:u, 'Gil Reader', 'READER', :o, 'secret-hash-1', 'Admin')
            """)
        .param("u", username)
        .param("o", council.id())
        .update();
    db.sql("update account set password_hash = 'secret-hash-2' where username = :u")
        .param("u", username)
        .update();

    List<Change> changes =
        trail.read(council.id(), AuditQuery.everything(), 1, 100).changes().stream()
            .filter(change -> change.table().equals("account"))
            .toList();
    assertThat(changes)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CHANGED, ChangeKind.ADDED);
    assertThat(changes.get(0).fields())
        .containsExactly(new FieldChange("password_changed", null, "true"));
    assertThat(
            db.sql(
                    "select count(*) from audit_event where new_row::text like '%secret-hash%'"
                        + " or old_row::text like '%secret-hash%'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theSignedInAccountIsWhoChangedWhateverNameTheFormGave() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("S1", "80");

    signedInAs("hjones", () -> record(council, "S1", "75", "Typed Name", null));
    record(council, "S1", "76", "Later Officer", "Checked again");

    List<Change> changes = changesOf(council, "S1", "indicator_value");
    assertThat(changes).extracting(Change::username).containsExactly("Later Officer", "hjones");
  }

  @Test
  void aConnectionBackInThePoolKeepsNoEarlierActor() {
    String during =
        signedInAs(
            "kbrown",
            () ->
                db.sql("select current_setting('beacon.actor', true)")
                    .query(String.class)
                    .single());
    assertThat(during).isEqualTo("kbrown");

    for (int i = 0; i < 5; i++) {
      assertThat(
              db.sql("select current_setting('beacon.actor', true)").query(String.class).single())
          .isEmpty();
    }
    assertThat(SignedIn.username()).isEqualTo(SignedIn.BEACON);
  }

  private List<Change> changesOf(TestCouncil council, String code, String table) {
    long indicator = council.indicatorId(code);
    return trail
        .read(council.id(), new AuditQuery(indicator, null, null), 1, 100)
        .changes()
        .stream()
        .filter(change -> table == null || change.table().equals(table))
        .toList();
  }

  private void record(TestCouncil council, String code, String value, String by, String reason) {
    values.record(
        new NewValue(
            council.indicatorId(code),
            Q1,
            Figure.of(new BigDecimal(value)),
            null,
            null,
            false,
            null,
            null),
        code,
        by,
        reason);
  }

  private static <T> T signedInAs(String username, Supplier<T> work) {
    Account account =
        new Account(1, username, "Name of " + username, Role.PERFORMANCE_OFFICER, null);
    SignedIn.HasAccount principal = () -> account;
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(principal, null));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static void signedInAs(String username, Runnable work) {
    signedInAs(
        username,
        () -> {
          work.run();
          return null;
        });
  }

  private static NewIndicator indicator(TestCouncil council, String code, String title) {
    return new NewIndicator(
        council.id(),
        code,
        title,
        "How " + code + " is counted",
        Polarity.HIGH,
        Unit.PERCENT,
        0,
        PeriodType.FINANCIAL_QUARTER,
        null,
        0,
        null,
        "Head of Service",
        null,
        "Children's Social Care",
        "Safe children",
        "Assessment",
        "2020-21",
        null,
        0,
        null);
  }

  private static beacon.imports.file.Table csv(String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return TableFiles.open("values.csv", new ByteArrayInputStream(bytes), null, 1 << 20);
  }
}
