package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Catalogue;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.TargetType;
import beacon.indicator.Theme;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * An indicators file: {@code code, title, definition, polarity, unit, decimals, frequency,
 * portfolio, priority, theme, owner, target_type}, a row per indicator. A new code adds an
 * indicator; a known one changes it, keeping in the catalogue's history what it was, as the
 * catalogue form does. An empty cell, or a column the file leaves out, keeps what the catalogue
 * has. Portfolios, priorities and themes must be in the catalogue already, unless the import is
 * asked to create those missing ({@link #creatingMissing()}): then each is added, recorded in the
 * catalogue's history as the form records it, before the first indicator under it.
 */
@Component
class IndicatorFile implements RowKind<IndicatorFile.Row> {

  static final ExpectedColumns COLUMNS = IndicatorColumns.EXPECTED;

  /** A row read and checked: the indicator as it will be, and as it is now (null for a new one). */
  record Row(int number, Indicator existing, NewIndicator indicator) {}

  private final Indicators indicators;
  private final Catalogue catalogue;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final MissingCatalogueEntries missing;
  private final boolean createMissing;

  @Autowired
  IndicatorFile(
      Indicators indicators,
      Catalogue catalogue,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      MissingCatalogueEntries missing) {
    this(indicators, catalogue, portfolios, priorities, themes, missing, false);
  }

  private IndicatorFile(
      Indicators indicators,
      Catalogue catalogue,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      MissingCatalogueEntries missing,
      boolean createMissing) {
    this.indicators = indicators;
    this.catalogue = catalogue;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.missing = missing;
    this.createMissing = createMissing;
  }

  /**
   * The same kind of file, creating the portfolios, priorities and themes it names that are new.
   */
  IndicatorFile creatingMissing() {
    return new IndicatorFile(indicators, catalogue, portfolios, priorities, themes, missing, true);
  }

  @Override
  public String kind() {
    return "indicators";
  }

  @Override
  public ExpectedColumns columns() {
    return COLUMNS;
  }

  @Override
  public String identifiedBy() {
    return "code";
  }

  @Override
  public Rows<Row> of(Organisation organisation, List<String> headings) {
    List<Indicator> all = indicators.allOf(organisation.id());
    Map<String, Indicator> byCode =
        all.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    List<? extends CatalogueEntry> portfolioList = portfolios.of(organisation.id());
    List<? extends CatalogueEntry> priorityList = priorities.of(organisation.id());
    List<Theme> themeList = themes.of(organisation.id());
    int[] lastPosition = {all.stream().mapToInt(Indicator::position).max().orElse(0)};
    // the spelling of each new name as first written, so that later rows name the same entry
    Map<String, String> newNames = new HashMap<>();
    return new Rows<>() {
      @Override
      public Row read(RowReader cells) {
        String code = cells.required("code", "indicator's code");
        if (code != null && (code.length() > 30 || code.contains("/"))) {
          cells.problem(
              "code", "'" + code + "' cannot be a code: write at most 30 characters, without /");
        }
        Indicator existing = code == null ? null : byCode.get(code);
        String title = cells.required("title", "title");
        var polarity = cells.word("polarity", IndicatorWords.POLARITIES, "a polarity");
        var unit = cells.word("unit", IndicatorWords.UNITS, "a unit");
        var frequency = cells.word("frequency", IndicatorWords.FREQUENCIES, "a frequency");
        Integer decimals = decimals(cells);
        TargetType targetType =
            cells.blank("target_type")
                ? null
                : cells.word("target_type", IndicatorWords.TARGET_TYPES, "a target type");
        String portfolio = named(cells, "portfolio", portfolioList, newNames);
        String priority = named(cells, "priority", priorityList, newNames);
        boolean priorityKnown = cells.blank("priority") || priority != null;
        String definition = cells.optionalText("definition");
        String owner = cells.optionalText("owner");
        if (existing != null) {
          definition = definition == null ? existing.definition() : definition;
          owner = owner == null ? existing.owner() : owner;
          decimals = decimals == null ? existing.decimalPlaces() : decimals;
          targetType = targetType == null ? existing.targetType() : targetType;
          portfolio = portfolio == null ? existing.portfolio() : portfolio;
          priority = priority == null ? existing.priority() : priority;
        }
        String theme = priorityKnown ? theme(cells, existing, priority) : null;
        if (cells.hasProblems()) {
          return null;
        }
        return new Row(
            cells.number(),
            existing,
            new NewIndicator(
                organisation.id(),
                code,
                title,
                definition,
                polarity,
                unit,
                decimals == null ? 0 : decimals,
                frequency,
                existing == null ? null : existing.dataPeriod(),
                existing == null ? 0 : existing.lagMonths(),
                targetType,
                owner,
                existing == null ? null : existing.status(),
                portfolio,
                priority,
                theme,
                existing == null ? null : existing.reportedFrom(),
                existing == null ? null : existing.reportedTo(),
                existing == null ? ++lastPosition[0] : existing.position(),
                existing == null ? null : existing.note()));
      }

      /** The theme named, or kept; it must be one of the priority's. */
      private String theme(RowReader cells, Indicator existing, String priority) {
        String named = cells.optionalText("theme");
        String theme = named != null ? named : existing == null ? null : existing.theme();
        if (theme == null) {
          return null;
        }
        if (priority == null) {
          cells.problem("theme", "a theme sits under a priority: name the priority too");
          return null;
        }
        for (Theme known : themeList) {
          if (known.priority().equalsIgnoreCase(priority) && known.name().equalsIgnoreCase(theme)) {
            return known.name();
          }
        }
        if (createMissing) {
          return newNames.computeIfAbsent(
              "theme\n" + lower(priority) + "\n" + lower(theme), key -> theme.strip());
        }
        cells.problem(
            "theme",
            "there is no theme '"
                + theme
                + "' under the priority '"
                + priority
                + "' in the catalogue: add it there first, or name one of its themes");
        return null;
      }

      @Override
      public Object key(Row row) {
        return row.indicator().code();
      }

      @Override
      public Outcome compare(Row row) {
        NewIndicator becomes = row.indicator();
        if (row.existing() == null) {
          return Outcome.added(
              by -> {
                Edit edit = new Edit(by.by(), by.additionReason(), null);
                if (createMissing) {
                  missing.addFor(organisation, becomes, edit);
                }
                catalogue.createIndicator(becomes, edit);
              });
        }
        Indicator existing = row.existing();
        IndicatorColumns.Differences differences = IndicatorColumns.differences(existing, becomes);
        if (differences.was().isEmpty()) {
          return Outcome.unchanged();
        }
        return Outcome.changed(
            new ImportReport.Change(
                row.number(),
                becomes.code(),
                "",
                String.join("; ", differences.was()),
                String.join("; ", differences.now())),
            by -> {
              if (createMissing) {
                missing.addFor(organisation, becomes, new Edit(by.by(), by.additionReason(), null));
              }
              catalogue.updateIndicator(
                  existing.id(), becomes, new Edit(by.by(), by.correctionReason(), null));
            });
      }
    };
  }

  private static String lower(String name) {
    return name.strip().toLowerCase(Locale.UK);
  }

  /** Decimal places, 0 to 6; null when the cell is empty. */
  private static Integer decimals(RowReader cells) {
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

  /**
   * The catalogue's name of the entry the cell names, in any case; null when it is empty. A name
   * the catalogue does not have is a problem, or, when creating what is missing, a new entry's
   * name.
   */
  private String named(
      RowReader cells,
      String column,
      List<? extends CatalogueEntry> entries,
      Map<String, String> newNames) {
    String name = cells.optionalText(column);
    if (name == null) {
      return null;
    }
    for (CatalogueEntry entry : entries) {
      if (entry.name().equalsIgnoreCase(name)) {
        return entry.name();
      }
    }
    if (createMissing) {
      return newNames.computeIfAbsent(column + "\n" + lower(name), key -> name.strip());
    }
    cells.problem(
        column,
        "there is no "
            + column
            + " '"
            + name
            + "' in the catalogue: add it there first, or name one it has");
    return null;
  }
}
