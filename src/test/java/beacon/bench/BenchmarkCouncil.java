package beacon.bench;

import beacon.organisation.Organisations;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A made-up council for measuring committee papers at the size councils take to Cabinet: one
 * portfolio of 60 quarterly percentage indicators (a third aiming low), in three priorities of two
 * themes, each with twelve quarters of values (Q1 2022/23 to Q4 2024/25), a target for each year,
 * three benchmarks, and commentary for the last quarter of four paragraphs and two or three
 * improvement actions. Its figures are random but the same on every run.
 */
@Component
class BenchmarkCouncil {

  static final String CODE = "950";
  static final String PORTFOLIO = "Children's Services";
  static final int INDICATORS = 60;
  static final FinancialQuarter FIRST = new FinancialQuarter(2022, 1);
  static final int QUARTERS = 12;
  static final FinancialQuarter REPORTED = new FinancialQuarter(2024, 4);

  private static final String BY = "Beacon benchmark data";
  private static final List<String> PRIORITIES =
      List.of("Safe children", "Good education", "Healthy lives");
  private static final List<String> SUBJECTS =
      List.of(
          "child and family assessments completed within 45 working days",
          "re-referrals to children's social care within 12 months",
          "children subject to a second or subsequent child protection plan",
          "child protection reviews held on time",
          "children in care with three or more placements in the year",
          "care leavers in education, employment or training",
          "looked after children visited within timescale",
          "Education, Health and Care plans issued within 20 weeks",
          "pupils attending a good or outstanding school",
          "fixed term exclusions in primary schools",
          "young people not in education, employment or training",
          "children achieving a good level of development",
          "two-year-olds taking up funded early education",
          "health assessments for children in care completed on time",
          "referrals with a decision within one working day");

  private final JdbcClient db;
  private final Organisations organisations;

  BenchmarkCouncil(JdbcClient db, Organisations organisations) {
    this.db = db;
    this.organisations = organisations;
  }

  /** Adds the council unless it is there already. */
  @Transactional
  public void addIfMissing() {
    if (organisations.withCode(CODE).isPresent()) {
      return;
    }
    long org = organisations.add(CODE, "Benchmark Borough Council", "South East");
    long portfolio =
        db.sql(
                """
                insert into portfolio (organisation_id, name, cabinet_member)
                values (:org, :name, 'Cllr Alex Morgan, Cabinet Member for Children') returning id
                """)
            .param("org", org)
            .param("name", PORTFOLIO)
            .query(Long.class)
            .single();
    List<long[]> themes = new ArrayList<>();
    for (String priority : PRIORITIES) {
      long priorityId =
          db.sql("insert into priority (organisation_id, name) values (:org, :name) returning id")
              .param("org", org)
              .param("name", priority)
              .query(Long.class)
              .single();
      for (int t = 1; t <= 2; t++) {
        long themeId =
            db.sql(
                    """
                    insert into theme (priority_id, name, position) values (:priority, :name, :position)
                    returning id
                    """)
                .param("priority", priorityId)
                .param("name", priority + ": theme " + t)
                .param("position", t)
                .query(Long.class)
                .single();
        themes.add(new long[] {priorityId, themeId});
      }
    }
    Random random = new Random(60);
    for (int n = 1; n <= INDICATORS; n++) {
      boolean low = n % 3 == 0;
      long[] theme = themes.get((n - 1) * themes.size() / INDICATORS);
      long indicator = indicator(org, portfolio, theme, n, low);
      for (int year = FIRST.startYear(); year <= REPORTED.startYear(); year++) {
        target(indicator, new FinancialYear(year), low ? 20 : 80);
      }
      double level = low ? 12 + random.nextDouble() * 16 : 65 + random.nextDouble() * 30;
      FinancialQuarter quarter = FIRST;
      for (int q = 0; q < QUARTERS; q++) {
        value(indicator, quarter, level + random.nextGaussian() * 2.5);
        quarter = quarter.next();
      }
      benchmark(indicator, "ENGLAND", "England", low ? 21.4 : 78.6);
      benchmark(indicator, "REGION", "South East", low ? 19.8 : 80.1);
      benchmark(indicator, "STATISTICAL_NEIGHBOURS", "Statistical Neighbours", low ? 22.3 : 77.2);
      commentary(indicator, n, random);
    }
    db.sql(
            """
            insert into rag_scheme (organisation_id, name, kind, band)
            values (:org, 'Within 10%', 'RELATIVE_BAND', 10)
            """)
        .param("org", org)
        .update();
    db.sql(
            """
            insert into rag_scheme_use (organisation_id, rag_scheme_id, effective_from)
            select :org, id, :from from rag_scheme where organisation_id = :org
            """)
        .param("org", org)
        .param("from", FIRST.start())
        .update();
  }

  private long indicator(long org, long portfolio, long[] theme, int n, boolean low) {
    String subject = SUBJECTS.get((n - 1) % SUBJECTS.size());
    return db.sql(
            """
            insert into indicator (organisation_id, code, title, definition, polarity, unit,
                   decimal_places, frequency, data_period, owner, portfolio_id, priority_id, theme_id,
                   reported_from, position)
            values (:org, :code, :title, :definition, :polarity, 'PERCENT', 1, 'FINANCIAL_QUARTER',
                   'Quarter', :owner, :portfolio, :priority, :theme, :from, :n)
            returning id
            """)
        .param("org", org)
        .param("code", String.format("BEN-%02d", n))
        .param("title", "Percentage of " + subject + " (" + n + ")")
        .param("definition", "The percentage of " + subject + ", counted at the quarter's end")
        .param("polarity", low ? "LOW" : "HIGH")
        .param("owner", "Head of Service " + (n % 6 + 1))
        .param("portfolio", portfolio)
        .param("priority", theme[0])
        .param("theme", theme[1])
        .param("from", FIRST.financialYear().code())
        .param("n", n)
        .query(Long.class)
        .single();
  }

  private void target(long indicator, FinancialYear year, int target) {
    db.sql(
            """
            insert into target (indicator_id, period_code, period_start, period_end, target,
                   tolerance, recorded_by)
            values (:indicator, :code, :start, :end, :target, 2, :by)
            """)
        .param("indicator", indicator)
        .param("code", year.code())
        .param("start", year.start())
        .param("end", year.end())
        .param("target", target)
        .param("by", BY)
        .update();
  }

  private void value(long indicator, FinancialQuarter quarter, double value) {
    BigDecimal figure =
        BigDecimal.valueOf(Math.max(0, Math.min(100, value))).setScale(1, RoundingMode.HALF_UP);
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
                   recorded_by)
            values (:indicator, :code, :start, :end, :value, :by)
            """)
        .param("indicator", indicator)
        .param("code", quarter.code())
        .param("start", quarter.start())
        .param("end", quarter.end())
        .param("value", figure)
        .param("by", BY)
        .update();
  }

  private void benchmark(long indicator, String comparator, String name, double value) {
    db.sql(
            """
            insert into benchmark (indicator_id, comparator, comparator_name, period_code, value,
                   source, recorded_by)
            values (:indicator, :comparator, :name, '2023-24', :value, 'LAIT', :by)
            """)
        .param("indicator", indicator)
        .param("comparator", comparator)
        .param("name", name)
        .param("value", BigDecimal.valueOf(value))
        .param("by", BY)
        .update();
  }

  private void commentary(long indicator, int n, Random random) {
    int paragraphs = 3 + random.nextInt(2);
    List<String> narrative = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      narrative.add(PARAGRAPHS.get((n + p) % PARAGRAPHS.size()));
    }
    long commentary =
        db.sql(
                """
                insert into commentary (indicator_id, reporting_period_code, narrative, author,
                       state, recorded_by)
                values (:indicator, :period, :narrative, :author, 'APPROVED', :by)
                returning id
                """)
            .param("indicator", indicator)
            .param("period", REPORTED.code())
            .param("narrative", String.join("\n\n", narrative))
            .param("author", "Head of Service " + (n % 6 + 1))
            .param("by", BY)
            .query(Long.class)
            .single();
    int actions = 2 + random.nextInt(2);
    for (int a = 0; a < actions; a++) {
      db.sql("insert into improvement_action (commentary_id, position, action) values (:c, :p, :a)")
          .param("c", commentary)
          .param("p", a + 1)
          .param("a", ACTIONS.get((n + a) % ACTIONS.size()))
          .update();
    }
  }

  private static final List<String> PARAGRAPHS =
      List.of(
          "Performance this quarter reflects the continued pressure on the front door, where"
              + " contacts rose by eleven per cent on the same quarter last year. Managers have"
              + " reviewed every case open for longer than the timescale, and most delays were"
              + " caused by waiting for information from partner agencies rather than by the"
              + " capacity of the social work teams themselves.",
          "Recruitment to the assessment service has improved since the autumn campaign, with"
              + " six experienced social workers starting in January and two more due to join in"
              + " April. Agency use has fallen to fourteen per cent of the workforce, the lowest"
              + " level for three years, which gives children more stable relationships with the"
              + " workers who support them.",
          "Audits of a sample of forty cases found that the quality of practice was good or"
              + " better in most of them, and that children's voices were clearly recorded."
              + " Where practice required improvement, the learning has been shared through"
              + " practice weeks and team meetings, and the themes will be followed up in the"
              + " next quarterly audit cycle.",
          "Comparison with statistical neighbours shows that the council remains close to the"
              + " average, although the gap to the best performing authorities has widened"
              + " slightly. The service has asked two of those authorities to share their"
              + " approach, and a peer visit is planned for the spring to test whether their"
              + " methods would work here.",
          "The data for this measure is checked each month by the performance team with the"
              + " service manager before it is published. A small number of records were"
              + " corrected this quarter after the audit, and the figures shown here include"
              + " those corrections, so they differ slightly from the figures given in the"
              + " previous report to this committee.");

  private static final List<String> ACTIONS =
      List.of(
          "Weekly performance clinics led by the Head of Service to review every case"
              + " approaching its timescale, starting in April.",
          "Agree a shared protocol with health partners for returning information within five"
              + " working days, to be signed off by the Safeguarding Partnership in May.",
          "Complete the recruitment of two permanent team managers and reduce agency staff to"
              + " below ten per cent by September.",
          "Extend the case audit programme to include a focus on timeliness, with findings"
              + " reported to the improvement board each quarter.");
}
