package beacon.catalogue;

import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecard;
import beacon.scorecard.ScorecardLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a period's indicators are rated now and how they would be under an edited scheme, and how
 * many ratings would change, from what to what.
 */
record SchemePreview(String periodLabel, List<Row> rows, int changed, List<Shift> shifts) {

  /** One indicator: its value and target, its rating now and under the edited scheme. */
  record Row(
      String code,
      String title,
      String value,
      String target,
      Rag now,
      Rag edited,
      String reason,
      boolean changes) {}

  /** How many ratings would move from one RAG to another. */
  record Shift(int count, Rag from, Rag to) {}

  static SchemePreview of(Scorecard now, Scorecard edited) {
    Map<String, ScorecardLine> editedByCode = new LinkedHashMap<>();
    edited.indicators().forEach(line -> editedByCode.put(line.code(), line));
    List<Row> rows = new ArrayList<>();
    Map<List<Rag>, Integer> shifts = new LinkedHashMap<>();
    for (ScorecardLine line : now.indicators()) {
      ScorecardLine under = editedByCode.get(line.code());
      if (under == null) {
        continue;
      }
      boolean changes = line.rag() != under.rag();
      if (changes) {
        shifts.merge(List.of(line.rag(), under.rag()), 1, Integer::sum);
      }
      rows.add(
          new Row(
              line.code(),
              line.title(),
              line.value() == null ? null : line.value().display(),
              line.target() == null ? null : line.target().display(),
              line.rag(),
              under.rag(),
              under.reason(),
              changes));
    }
    List<Shift> summary = new ArrayList<>();
    shifts.forEach((pair, count) -> summary.add(new Shift(count, pair.get(0), pair.get(1))));
    summary.sort((a, b) -> Integer.compare(b.count(), a.count()));
    int changed = summary.stream().mapToInt(Shift::count).sum();
    return new SchemePreview(now.period().label(), rows, changed, summary);
  }
}
