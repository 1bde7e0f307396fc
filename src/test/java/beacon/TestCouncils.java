package beacon;

import beacon.indicator.Catalogue;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Themes;
import beacon.organisation.Organisations;
import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Councils of its own for each test that changes data, so the demonstration councils keep the
 * ratings their papers printed: {@code councils.aCouncil().withQuarterlyIndicator("ASSESS-45",
 * "80").withValue("ASSESS-45", Q1, "75")}.
 */
@Component
public class TestCouncils {

  private static final AtomicInteger COUNCILS = new AtomicInteger();

  private final Organisations organisations;
  private final Catalogue catalogue;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final RagSchemes schemes;
  private final Targets targets;
  private final IndicatorValues values;

  TestCouncils(
      Organisations organisations,
      Catalogue catalogue,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      RagSchemes schemes,
      Targets targets,
      IndicatorValues values) {
    this.organisations = organisations;
    this.catalogue = catalogue;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.schemes = schemes;
    this.targets = targets;
    this.values = values;
  }

  /**
   * A new council "T&lt;n&gt;" rated two-state from April 2020, with a portfolio "Children's Social
   * Care", a priority "Safe children" and its theme "Assessment".
   */
  public TestCouncil aCouncil() {
    return council("T" + COUNCILS.incrementAndGet());
  }

  /**
   * A council made as {@link #aCouncil()} but with a real authority's DfE code, so that the
   * national data knows it: each test takes a code no other test takes, never the demo's 825 and
   * 872.
   */
  public TestCouncil anAuthority(String code) {
    if (code.equals("825") || code.equals("872")) {
      throw new IllegalArgumentException("The demo councils are not for tests to change");
    }
    return council(code);
  }

  private TestCouncil council(String code) {
    long id = organisations.add(code, "Test council " + code, "South East");
    schemes.addForOrganisation(
        id, "Two states", SchemeKind.TWO_STATE, null, null, LocalDate.of(2020, 4, 1));
    portfolios.add(id, "Children's Social Care", "Cllr Test", null);
    priorities.add(id, "Safe children", null);
    themes.add(id, "Safe children", "Assessment", 1);
    return new TestCouncil(code, id);
  }

  /** A council made for one test. */
  public final class TestCouncil {

    private final String code;
    private final long id;

    private TestCouncil(String code, long id) {
      this.code = code;
      this.id = id;
    }

    public String code() {
      return code;
    }

    public long id() {
      return id;
    }

    /**
     * A quarterly percentage indicator aiming high, reported from 2020/21, with the same target
     * every year from 2020/21 to 2030/31.
     */
    public TestCouncil withQuarterlyIndicator(String indicatorCode, String target) {
      long indicator =
          catalogue.addIndicator(
              new NewIndicator(
                  id,
                  indicatorCode,
                  "Indicator " + indicatorCode,
                  "How " + indicatorCode + " is counted",
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
                  null));
      for (int year = 2020; year <= 2030; year++) {
        targets.add(indicator, new FinancialYear(year), Target.of(target), null, null, "test");
      }
      return this;
    }

    public TestCouncil withValue(String indicatorCode, FinancialQuarter quarter, String value) {
      values.record(
          new NewValue(
              indicatorId(indicatorCode),
              quarter,
              Figure.of(new BigDecimal(value)),
              null,
              null,
              false,
              null,
              null),
          indicatorCode,
          "test",
          null);
      return this;
    }

    public long indicatorId(String indicatorCode) {
      return catalogue.indicatorId(id, indicatorCode);
    }
  }
}
