package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.NewIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The columns of an indicators file, and how an indicator the file makes differs from one held. */
final class IndicatorColumns {

  private IndicatorColumns() {}

  /**
   * A column of the file, and what it says of an indicator as a report of a change writes it: of
   * the indicator in the catalogue, and of the one the file makes of it.
   */
  private record Column(
      String name,
      boolean required,
      Function<Indicator, String> inCatalogue,
      Function<NewIndicator, String> inFile) {}

  /** The file's columns, in the order the documentation lists them. */
  private static final List<Column> ALL =
      List.of(
          new Column("code", true, Indicator::code, NewIndicator::code),
          new Column("title", true, Indicator::title, NewIndicator::title),
          new Column("definition", false, Indicator::definition, NewIndicator::definition),
          new Column("polarity", true, i -> word(i.polarity()), n -> word(n.polarity())),
          new Column("unit", true, i -> word(i.unit()), n -> word(n.unit())),
          new Column(
              "decimals",
              false,
              i -> String.valueOf(i.decimalPlaces()),
              n -> String.valueOf(n.decimalPlaces())),
          new Column("frequency", true, i -> word(i.frequency()), n -> word(n.frequency())),
          new Column("portfolio", false, Indicator::portfolio, NewIndicator::portfolio),
          new Column("priority", false, Indicator::priority, NewIndicator::priority),
          new Column("theme", false, Indicator::theme, NewIndicator::theme),
          new Column("owner", false, Indicator::owner, NewIndicator::owner),
          new Column("target_type", false, i -> word(i.targetType()), n -> word(n.targetType())));

  static final ExpectedColumns EXPECTED =
      new ExpectedColumns(
          "indicators",
          ALL.stream().filter(Column::required).map(Column::name).toList(),
          java.util.stream.Stream.concat(
                  ALL.stream().filter(c -> !c.required()).map(Column::name),
                  IndicatorSchemeColumns.COLUMNS.stream())
              .toList());

  /** What the columns say of the indicator as it is and as the file makes it, where they differ. */
  record Differences(List<String> was, List<String> now) {}

  /**
   * @param scheme the scheme of its own the file rates the indicator by from a day, or null
   */
  static Differences differences(
      Indicator existing, NewIndicator becomes, IndicatorSchemeColumns.SchemeUse scheme) {
    List<String> was = new ArrayList<>();
    List<String> now = new ArrayList<>();
    for (Column column : ALL) {
      String before = column.inCatalogue().apply(existing);
      String after = column.inFile().apply(becomes);
      if (!Objects.equals(before, after)) {
        was.add(column.name() + ": " + (before == null ? "(none)" : before));
        now.add(column.name() + ": " + (after == null ? "(none)" : after));
      }
    }
    if (scheme != null) {
      was.add("scheme from " + scheme.from() + ": (none of its own from that day)");
      now.add(scheme.describe());
    }
    return new Differences(was, now);
  }

  /** Decimal places, 0 to 6; null when the cell is empty. */
  static Integer decimals(RowReader cells) {
    if (cells.blank("decimals")) {
      return null;
    }
    String text = cells.text("decimals");
    if (text.matches("[0-6]")) {
      return Integer.valueOf(text);
    }
    cells.problem(
        "decimals",
        "'" + text + "' is not a number of decimal places: write a whole number from 0 to 6");
    return null;
  }

  private static String word(Enum<?> named) {
    return IndicatorWords.word(named);
  }
}
