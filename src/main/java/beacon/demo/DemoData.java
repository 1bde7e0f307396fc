package beacon.demo;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.indicator.Catalogue;
import beacon.indicator.IndicatorStatus;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.TargetType;
import beacon.indicator.Themes;
import beacon.national.NationalLinks;
import beacon.organisation.Organisations;
import beacon.rating.RagSchemes;
import beacon.rating.RatingJudgements;
import beacon.rating.SchemeKind;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Targets;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demonstration organisations, transcribed from real council papers (see {@code
 * demo/README.md}), into an empty database: Buckinghamshire (825) and Wokingham (872).
 */
@Component
public class DemoData {

  static final String RECORDED_BY = "Beacon demo data";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final JdbcClient db;
  private final Organisations organisations;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final Catalogue catalogue;
  private final IndicatorValues values;
  private final Targets targets;
  private final RagSchemes schemes;
  private final RatingJudgements judgements;
  private final Benchmarks benchmarks;
  private final Commentaries commentaries;
  private final NationalLinks nationalLinks;
  private final DemoFrontSheets frontSheets;

  DemoData(
      JdbcClient db,
      Organisations organisations,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      Catalogue catalogue,
      IndicatorValues values,
      Targets targets,
      RagSchemes schemes,
      RatingJudgements judgements,
      Benchmarks benchmarks,
      Commentaries commentaries,
      NationalLinks nationalLinks,
      DemoFrontSheets frontSheets) {
    this.db = db;
    this.organisations = organisations;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.catalogue = catalogue;
    this.values = values;
    this.targets = targets;
    this.schemes = schemes;
    this.judgements = judgements;
    this.benchmarks = benchmarks;
    this.commentaries = commentaries;
    this.nationalLinks = nationalLinks;
    this.frontSheets = frontSheets;
  }

  /**
   * Loads the demonstration data unless it has been loaded before or the database holds
   * organisations.
   */
  @Transactional
  public boolean loadIntoEmptyDatabase() {
    db.sql("lock table demo_data_load in exclusive mode").update();
    boolean loadedBefore =
        db.sql("select count(*) from demo_data_load").query(Integer.class).single() > 0;
    if (loadedBefore || !organisations.all().isEmpty()) {
      return false;
    }
    Map<String, Long> organisationIds = new HashMap<>();
    for (DemoFile.Row row : DemoFile.rows("organisations.csv")) {
      organisationIds.put(
          row.required("code"),
          organisations.add(row.required("code"), row.required("name"), row.text("region")));
    }
    loadCatalogue(organisationIds);
    loadFigures(organisationIds);
    frontSheets.load(organisationIds, RECORDED_BY);
    db.sql("insert into demo_data_load (description) values (:d)")
        .param("d", "Buckinghamshire (825) and Wokingham (872) from published council papers")
        .update();
    log.info("Loaded the demonstration data: {}", organisationIds.keySet());
    return true;
  }

  private void loadCatalogue(Map<String, Long> organisationIds) {
    for (DemoFile.Row row : DemoFile.rows("portfolios.csv")) {
      portfolios.add(
          organisationIds.get(row.required("organisation")),
          row.required("name"),
          row.text("cabinet_member"),
          row.text("note"));
    }
    for (DemoFile.Row row : DemoFile.rows("priorities.csv")) {
      priorities.add(
          organisationIds.get(row.required("organisation")),
          row.required("name"),
          row.text("description"));
    }
    for (DemoFile.Row row : DemoFile.rows("themes.csv")) {
      themes.add(
          organisationIds.get(row.required("organisation")),
          row.required("priority"),
          row.required("name"),
          row.integer("position", 0));
    }
    for (DemoFile.Row row : DemoFile.rows("rag-schemes.csv")) {
      schemes.addForOrganisation(
          organisationIds.get(row.required("organisation")),
          row.required("name"),
          SchemeKind.valueOf(row.required("kind")),
          row.number("band"),
          row.text("description"),
          LocalDate.parse(row.required("effective_from")));
    }
    for (DemoFile.Row row : DemoFile.rows("indicators.csv")) {
      catalogue.addIndicator(
          new NewIndicator(
              organisationIds.get(row.required("organisation")),
              row.required("code"),
              row.required("title"),
              row.text("definition"),
              Polarity.valueOf(upper(row.required("polarity"))),
              Unit.valueOf(upper(row.required("unit"))),
              row.integer("decimals", 0),
              frequency(row.required("frequency")),
              row.text("data_period"),
              row.integer("lag_months", 0),
              row.text("target_type") == null
                  ? null
                  : TargetType.valueOf(upper(row.text("target_type"))),
              row.text("owner"),
              IndicatorStatus.valueOf(upper(row.required("status"))),
              row.text("portfolio"),
              row.text("priority"),
              row.text("theme"),
              row.text("reported_from"),
              row.text("reported_to"),
              row.integer("position", 0),
              row.text("note")));
    }
  }

  private void loadFigures(Map<String, Long> organisationIds) {
    for (DemoFile.Row row : DemoFile.rows("values.csv")) {
      long indicator = indicator(organisationIds, row);
      String marker = row.text("marker");
      Figure figure =
          marker == null ? Figure.of(row.number("value")) : Figure.marked(Marker.valueOf(marker));
      values.record(
          new NewValue(
              indicator,
              Periods.fromCode(row.required("period")),
              figure,
              row.number("numerator"),
              row.number("denominator"),
              Boolean.parseBoolean(row.text("provisional")),
              row.text("note"),
              row.text("source")),
          row.required("indicator_code"),
          RECORDED_BY,
          null);
    }
    for (DemoFile.Row row : DemoFile.rows("targets.csv")) {
      targets.add(
          indicator(organisationIds, row),
          Periods.fromCode(row.required("period")),
          new Target(row.number("target"), row.number("tolerance"), row.number("floor")),
          row.text("source"),
          row.text("note"),
          RECORDED_BY);
    }
    for (DemoFile.Row row : DemoFile.rows("benchmarks.csv")) {
      String period = row.text("period");
      Period own = period == null ? null : Periods.fromCode(period);
      String source = row.text("source");
      benchmarks.add(
          new Benchmark(
              indicator(organisationIds, row),
              row.text("reporting_period"),
              Comparator.valueOf(row.required("comparator")),
              row.required("comparator_name"),
              own,
              row.number("value"),
              source),
          RECORDED_BY);
    }
    for (DemoFile.Row row : DemoFile.rows("national-links.csv")) {
      nationalLinks.link(
          indicator(organisationIds, row),
          row.required("measure"),
          RECORDED_BY,
          row.text("reason"));
    }
    for (DemoFile.Row row : DemoFile.rows("assessed-ratings.csv")) {
      judgements.add(
          indicator(organisationIds, row),
          row.required("reporting_period"),
          RatingBasis.ASSESSED,
          Rag.valueOf(row.required("rag")),
          "as printed in " + row.required("source"),
          RECORDED_BY);
    }
    for (DemoFile.Row row : DemoFile.rows("commentary.csv")) {
      String actions = row.text("improvement_actions");
      commentaries.add(
          indicator(organisationIds, row),
          row.required("reporting_period"),
          row.text("narrative"),
          actions == null
              ? List.of()
              : Arrays.stream(actions.split("\\R"))
                  .map(String::strip)
                  .filter(a -> !a.isEmpty())
                  .toList(),
          row.text("benchmark_text"),
          row.text("author"),
          CommentaryState.valueOf(row.required("state")),
          row.text("source"),
          RECORDED_BY);
    }
  }

  private long indicator(Map<String, Long> organisationIds, DemoFile.Row row) {
    return catalogue.indicatorId(
        organisationIds.get(row.required("organisation")), row.required("indicator_code"));
  }

  private static PeriodType frequency(String text) {
    return switch (text) {
      case "monthly" -> PeriodType.MONTH;
      case "quarterly" -> PeriodType.FINANCIAL_QUARTER;
      case "financial-year" -> PeriodType.FINANCIAL_YEAR;
      case "academic-year" -> PeriodType.ACADEMIC_YEAR;
      case "calendar-year" -> PeriodType.CALENDAR_YEAR;
      case "weekly" -> PeriodType.ISO_WEEK;
      default -> throw new IllegalArgumentException("Unknown frequency '" + text + "'");
    };
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
