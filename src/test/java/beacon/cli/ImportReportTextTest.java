package beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.imports.ImportReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportReportTextTest {

  @Test
  void listsTwentyChangesOldToNewAndCountsTheRest() {
    List<ImportReport.Change> changes =
        IntStream.rangeClosed(2, 26)
            .mapToObj(row -> new ImportReport.Change(row, "CSC-01", "Mar 2018", "36%", "12%"))
            .toList();
    ImportReport report =
        new ImportReport("values", "v.csv", true, false, 30, 4, 25, 1, 0, changes, List.of(), 0);

    List<String> lines = ImportReportText.of(report, "825");

    assertThat(lines.get(0)).isEqualTo("v.csv: 30 rows of values for organisation 825");
    assertThat(lines).contains("Added: 4", "Changed: 25", "Unchanged: 1");
    assertThat(lines).contains("  row 2, CSC-01, Mar 2018: 36% \u2192 12%");
    assertThat(lines.stream().filter(line -> line.startsWith("  row "))).hasSize(20);
    assertThat(lines).contains("  and 5 more");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Dry run: nothing was written");
  }

  @Test
  void saysWhenTheImportWroteAndWhenThereWasNothingToWrite() {
    ImportReport written =
        new ImportReport("values", "v.csv", false, true, 1, 1, 0, 0, 0, List.of(), List.of(), 0);
    ImportReport same =
        new ImportReport("values", "v.csv", false, false, 1, 0, 0, 1, 0, List.of(), List.of(), 0);

    assertThat(ImportReportText.of(written, "825"))
        .endsWith("Imported: the values are recorded")
        .doesNotContain("  and 0 more");
    assertThat(ImportReportText.of(same, "825"))
        .endsWith("Nothing to write: the file holds what is recorded");
  }

  @Test
  void countsTheProblemsOfARefusedFile() {
    assertThat(ImportReportText.refused("v.csv", 1))
        .isEqualTo("Refused: 1 problem in v.csv; nothing was imported");
    assertThat(ImportReportText.refused("v.csv", 3))
        .isEqualTo("Refused: 3 problems in v.csv; nothing was imported");
  }
}
