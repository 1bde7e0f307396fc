package beacon.rules.audit;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  @Test
  void listsOnlyTheFieldsThatDiffer() {
    Map<String, String> before = row("value", "75", "note", "Late return", "provisional", "true");
    Map<String, String> after = row("value", "80", "note", "Late return", "provisional", "false");

    assertThat(FieldChanges.between(before, after))
        .containsExactly(
            new FieldChange("value", "75", "80"), new FieldChange("provisional", "true", "false"));
  }

  @Test
  void leavesOutWhenWhoAndWhyForTheyHaveColumnsOfTheirOwn() {
    Map<String, String> before =
        row("id", "1", "recorded_at", "2026-11-24T10:00", "recorded_by", "A", "value", "75");
    Map<String, String> after =
        row("id", "2", "recorded_at", "2026-11-24T10:05", "recorded_by", "B", "value", "75");
    after.put("reason", "Typing error");
    after.put("superseded_at", null);
    before.put("superseded_at", "2026-11-24T10:05");

    assertThat(FieldChanges.between(before, after)).isEmpty();
  }

  @Test
  void aNewRowListsEveryFieldWithAValue() {
    Map<String, String> added = row("period_code", "2024-25-Q1", "value", "75");
    added.put("note", null);

    assertThat(FieldChanges.between(null, added))
        .containsExactly(
            new FieldChange("period_code", null, "2024-25-Q1"),
            new FieldChange("value", null, "75"));
  }

  @Test
  void aRemovedRowListsWhatItHeld() {
    assertThat(FieldChanges.between(row("action", "Audit cases"), null))
        .containsExactly(new FieldChange("action", "Audit cases", null));
  }

  @Test
  void readsAsCouncilWords() {
    assertThat(new FieldChange("period_code", null, "2024-25-Q1"))
        .hasToString("period code: 2024-25-Q1");
    assertThat(new FieldChange("value", "75", "80")).hasToString("value: 75 → 80");
    assertThat(new FieldChange("note", "Late", null)).hasToString("note: Late → (none)");
  }

  @Test
  void cutsLongValuesWhenShown() {
    String paper = "x".repeat(5_000);
    FieldChange change = new FieldChange("content", null, paper);

    assertThat(change.shownAfter()).hasSize(FieldChange.SHOWN).endsWith("…");
    assertThat(change.after()).isEqualTo(paper);
  }

  @Test
  void aRowComparedWithItselfHasNoChanges() {
    forAll(
        draw -> {
          Map<String, String> cells = rows(draw);
          assertThat(FieldChanges.between(cells, new HashMap<>(cells))).isEmpty();
        });
  }

  @Test
  void everyChangeListedDiffersAndIsNoBookkeeping() {
    forAll(
        draw -> {
          Map<String, String> before = rows(draw);
          Map<String, String> after = rows(draw);
          for (FieldChange change : FieldChanges.between(before, after)) {
            assertThat(change.before()).isNotEqualTo(change.after());
            assertThat(FieldChanges.BOOKKEEPING).doesNotContain(change.field());
          }
        });
  }

  /**
   * A row's cells: fields named as Beacon's columns are, bookkeeping ones among them, or anyhow.
   */
  private static Map<String, String> rows(Draw draw) {
    List<String> fields = new ArrayList<>(new TreeSet<>(FieldChanges.BOOKKEEPING));
    fields.addAll(List.of("value", "note", "provisional", "period_code"));
    return draw.map(
        12,
        d -> d.oneOf(e -> e.of(fields), e -> e.anyText(10)),
        d -> d.oneOf(e -> e.of("75", "80", ""), e -> e.anyText(20), e -> null));
  }

  private static Map<String, String> row(String... cells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i += 2) {
      row.put(cells[i], cells[i + 1]);
    }
    return row;
  }
}
