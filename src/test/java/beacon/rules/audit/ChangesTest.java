package beacon.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

  private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");
  private static final long TX = 900;
  private static long ids = 0;

  @Test
  void aCorrectionIsOneChangeFromTheOldVersionToTheNew() {
    AuditRow closed = closing("indicator_value", 7L, "2024-25-Q1", "75");
    AuditRow added = adding("indicator_value", 7L, "2024-25-Q1", "80", "Typing error");

    List<Change> changes = Changes.of(List.of(added, closed));

    assertThat(changes).hasSize(1);
    Change correction = changes.get(0);
    assertThat(correction.kind()).isEqualTo(ChangeKind.CORRECTED);
    assertThat(correction.fields()).containsExactly(new FieldChange("value", "75", "80"));
    assertThat(correction.reason()).isEqualTo("Typing error");
    assertThat(correction.username()).isEqualTo("A Officer");
    assertThat(correction.kind().action()).isEqualTo("UPDATE");
  }

  @Test
  void pairsEachPeriodWithItsOwnReplacementWhenAnImportCorrectsSeveral() {
    AuditRow q1Closed = closing("indicator_value", 7L, "2024-25-Q1", "75");
    AuditRow q2Closed = closing("indicator_value", 7L, "2024-25-Q2", "60");
    AuditRow q1 = adding("indicator_value", 7L, "2024-25-Q1", "76", null);
    AuditRow q2 = adding("indicator_value", 7L, "2024-25-Q2", "61", null);

    List<Change> changes = Changes.of(List.of(q2, q1, q2Closed, q1Closed));

    assertThat(changes)
        .extracting(Change::fieldsAsText)
        .containsExactly("value: 60 → 61", "value: 75 → 76");
  }

  @Test
  void aVersionClosedWithNothingInItsPlaceIsWithdrawn() {
    AuditRow closed = closing("benchmark", 7L, null, "55");
    AuditRow otherIndicator = adding("benchmark", 8L, null, "56", null);

    List<Change> changes = Changes.of(List.of(otherIndicator, closed));

    assertThat(changes)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.ADDED, ChangeKind.WITHDRAWN);
  }

  @Test
  void rowsOfOtherTransactionsAreNeverPaired() {
    AuditRow closed = closing("target", 7L, "2024-25", "80");
    AuditRow added = adding("target", 7L, "2024-25", "85", null);
    AuditRow later =
        new AuditRow(
            added.id(),
            NOON,
            TX + 1,
            "A Officer",
            "target",
            "INSERT",
            7L,
            "ASSESS",
            null,
            added.newRow(),
            null);

    assertThat(Changes.of(List.of(later, closed)))
        .extracting(Change::kind)
        .containsExactly(ChangeKind.ADDED, ChangeKind.WITHDRAWN);
  }

  @Test
  void aClosedVersionReadOnlyForPairingIsShownOnlyWithItsReplacement() {
    AuditRow closed = closing("commentary", 7L, "2024-25-Q1", "Old words");
    AuditRow added = adding("commentary", 7L, "2024-25-Q1", "New words", null);
    AuditRow elsewhere = closing("commentary", 9L, "2024-25-Q1", "Not on this page");

    List<Change> changes = Changes.of(List.of(added), List.of(elsewhere, closed));

    assertThat(changes).singleElement().extracting(Change::kind).isEqualTo(ChangeKind.CORRECTED);
  }

  @Test
  void aRowChangedInPlaceShowsItsChangedFields() {
    AuditRow edit =
        new AuditRow(
            ++ids,
            NOON,
            TX,
            "Beacon",
            "indicator",
            "UPDATE",
            7L,
            "ASSESS",
            Map.of("id", "7", "title", "Old title"),
            Map.of("id", "7", "title", "New title"),
            null);

    Change change = Changes.of(List.of(edit)).get(0);

    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.fieldsAsText()).isEqualTo("title: Old title → New title");
  }

  private static AuditRow closing(String table, Long indicator, String period, String value) {
    Map<String, String> old = row(period, value, null);
    Map<String, String> now = new LinkedHashMap<>(old);
    now.put("superseded_at", "2026-11-24T12:00:00+00:00");
    return new AuditRow(
        ++ids, NOON, TX, "Beacon", table, "UPDATE", indicator, "ASSESS", old, now, null);
  }

  private static AuditRow adding(
      String table, Long indicator, String period, String value, String reason) {
    return new AuditRow(
        ++ids,
        NOON,
        TX,
        "A Officer",
        table,
        "INSERT",
        indicator,
        "ASSESS",
        null,
        row(period, value, reason),
        reason);
  }

  private static Map<String, String> row(String period, String value, String reason) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", String.valueOf(ids));
    row.put("period_code", period);
    row.put(period == null ? "comparator" : "value", period == null ? "ENGLAND" : value);
    row.put("value", value);
    row.put("reason", reason);
    row.put("superseded_at", null);
    return row;
  }
}
