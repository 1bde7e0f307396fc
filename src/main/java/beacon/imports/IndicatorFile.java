package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Catalogue;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.TargetType;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import beacon.rating.IndicatorSchemes;
import beacon.rating.RagSchemes;
import java.util.List;
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
 * has. The scheme columns rate an indicator by a scheme of its own ({@link
 * IndicatorSchemeColumns}). Portfolios, priorities and themes must be in the catalogue already,
 * unless the import is asked to create those missing ({@link #creatingMissing()}): then each is
 * added, recorded in the catalogue's history as the form records it, before the first indicator
 * under it.
 */
@Component
class IndicatorFile implements RowKind<IndicatorFile.Row> {

  static final ExpectedColumns COLUMNS = IndicatorColumns.EXPECTED;

  /**
   * A row read and checked: the indicator as it will be, and as it is now (null for a new one).
   *
   * @param scheme the scheme of its own it is to be rated by from a day; null for none new
   */
  record Row(
      int number,
      Indicator existing,
      NewIndicator indicator,
      IndicatorSchemeColumns.SchemeUse scheme) {}

  private final Indicators indicators;
  private final Catalogue catalogue;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final MissingCatalogueEntries missing;
  private final RagSchemes schemes;
  private final IndicatorSchemes indicatorSchemes;
  private final boolean createMissing;

  @Autowired
  IndicatorFile(
      Indicators indicators,
      Catalogue catalogue,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      MissingCatalogueEntries missing,
      RagSchemes schemes,
      IndicatorSchemes indicatorSchemes) {
    this(
        indicators,
        catalogue,
        portfolios,
        priorities,
        themes,
        missing,
        schemes,
        indicatorSchemes,
        false);
  }

  private IndicatorFile(
      Indicators indicators,
      Catalogue catalogue,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      MissingCatalogueEntries missing,
      RagSchemes schemes,
      IndicatorSchemes indicatorSchemes,
      boolean createMissing) {
    this.indicators = indicators;
    this.catalogue = catalogue;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.missing = missing;
    this.schemes = schemes;
    this.indicatorSchemes = indicatorSchemes;
    this.createMissing = createMissing;
  }

  /**
   * The same kind of file, creating the portfolios, priorities, themes and schemes it names that
   * are new.
   */
  IndicatorFile creatingMissing() {
    return new IndicatorFile(
        indicators,
        catalogue,
        portfolios,
        priorities,
        themes,
        missing,
        schemes,
        indicatorSchemes,
        true);
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
    CatalogueNames names =
        new CatalogueNames(
            portfolios.of(organisation.id()),
            priorities.of(organisation.id()),
            themes.of(organisation.id()),
            createMissing);
    int[] lastPosition = {all.stream().mapToInt(Indicator::position).max().orElse(0)};
    IndicatorSchemeColumns schemeColumns =
        new IndicatorSchemeColumns(organisation, schemes, indicatorSchemes, createMissing);
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
        Integer decimals = IndicatorColumns.decimals(cells);
        TargetType targetType =
            cells.blank("target_type")
                ? null
                : cells.word("target_type", IndicatorWords.TARGET_TYPES, "a target type");
        String portfolio = names.portfolio(cells);
        String priority = names.priority(cells);
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
        String theme = priorityKnown ? names.theme(cells, existing, priority) : null;
        var scheme = schemeColumns.read(cells, existing == null ? null : existing.id());
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
                existing == null ? null : existing.note()),
            scheme);
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
                long id = catalogue.createIndicator(becomes, edit);
                if (row.scheme() != null) {
                  schemeColumns.apply(id, row.scheme(), edit);
                }
              });
        }
        Indicator existing = row.existing();
        IndicatorColumns.Differences differences =
            IndicatorColumns.differences(existing, becomes, row.scheme());
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
              Edit edit = new Edit(by.by(), by.correctionReason(), null);
              catalogue.updateIndicator(existing.id(), becomes, edit);
              if (row.scheme() != null) {
                schemeColumns.apply(existing.id(), row.scheme(), edit);
              }
            });
      }
    };
  }
}
