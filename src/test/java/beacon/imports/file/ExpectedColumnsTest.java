package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.imports.ImportProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedColumnsTest {

  private final ExpectedColumns values =
      new ExpectedColumns(
          "values",
          List.of("indicator_code", "period"),
          List.of("value", "numerator", "denominator", "marker", "provisional", "note"));

  @Test
  void acceptsAHeaderWithTheRequiredColumnsInAnyOrderAndEmptyColumns() {
    assertThat(values.check("values.csv", List.of("period", "", "value", "indicator_code")))
        .isEmpty();
  }

  @Test
  void reportsEveryMissingUnknownAndRepeatedColumnAtOnce() {
    List<ImportProblem> problems =
        values.check("values.csv", List.of("indicator code", "value", "valeu", "value"));

    assertThat(problems)
        .extracting(ImportProblem::line)
        .containsExactly(
            "values.csv, row 1, column indicator_code: there is no column 'indicator_code', which"
                + " a values file needs",
            "values.csv, row 1, column period: there is no column 'period', which a values file"
                + " needs",
            "values.csv, row 1, column indicator code: 'indicator code' is not a column of a"
                + " values file: did you mean 'indicator_code'?",
            "values.csv, row 1, column value: the column 'value' is in the header 2 times"
                + " (columns B and D): keep one",
            "values.csv, row 1, column valeu: 'valeu' is not a column of a values file: the"
                + " columns are indicator_code, period, value, numerator, denominator, marker,"
                + " provisional, note");
  }

  @Test
  void namesColumnsAsASpreadsheetDoes() {
    assertThat(ExpectedColumns.letter(0)).isEqualTo("A");
    assertThat(ExpectedColumns.letter(25)).isEqualTo("Z");
    assertThat(ExpectedColumns.letter(26)).isEqualTo("AA");
    assertThat(ExpectedColumns.letter(27)).isEqualTo("AB");
    assertThat(ExpectedColumns.letter(16383)).isEqualTo("XFD");
    assertThat(SheetRows.columnOf("XFD12")).isEqualTo(16383);
    assertThat(SheetRows.columnOf("AB3")).isEqualTo(27);
  }
}
