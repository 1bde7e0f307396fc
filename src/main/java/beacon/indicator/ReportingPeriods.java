package beacon.indicator;

import beacon.database.ChangeCounter;
import beacon.database.KeptUntilChange;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarters an organisation can report on: every financial quarter that has ended in which one
 * of its values ends or for which commentary or a rating was given, in a year it reports
 * indicators; newest first. A quarter that has not ended is never one, whatever is recorded for it.
 */
@Service
public class ReportingPeriods {

  private final JdbcClient db;
  private final Organisations organisations;
  private final Indicators indicators;
  private final ChangeCounter changes;
  private final Clock clock;
  private final KeptUntilChange<List<FinancialQuarter>> built = new KeptUntilChange<>();

  ReportingPeriods(
      JdbcClient db,
      Organisations organisations,
      Indicators indicators,
      ChangeCounter changes,
      Clock clock) {
    this.db = db;
    this.organisations = organisations;
    this.indicators = indicators;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * @throws UnknownOrganisationException when there is no organisation with the code
   */
  @Transactional(readOnly = true, noRollbackFor = UnknownOrganisationException.class)
  public List<FinancialQuarter> of(String organisationCode) {
    LocalDate today = LocalDate.now(clock);
    // the organisation is looked up only to build the list: one kept was built for one Beacon holds
    return built.get(
        organisationCode,
        today.toString(),
        changes.current(),
        () ->
            find(
                organisations
                    .withCode(organisationCode)
                    .orElseThrow(() -> new UnknownOrganisationException(organisationCode)),
                today));
  }

  /** The last quarter to have ended by today: the one to show when there is none to report. */
  public FinancialQuarter lastEnded() {
    return FinancialQuarter.containing(LocalDate.now(clock)).previous();
  }

  /** The newest quarter the organisation can report on, if any. */
  public Optional<FinancialQuarter> latest(String organisationCode) {
    return of(organisationCode).stream().findFirst();
  }

  private List<FinancialQuarter> find(Organisation organisation, LocalDate today) {
    TreeSet<FinancialQuarter> quarters =
        new TreeSet<>(Comparator.comparing(FinancialQuarter::start).reversed());
    db.sql(
            """
            select distinct v.period_end
              from indicator_value v join indicator i on i.id = v.indicator_id
             where i.organisation_id = :organisation and v.superseded_at is null
            """)
        .param("organisation", organisation.id())
        .query(LocalDate.class)
        .list()
        .forEach(end -> quarters.add(FinancialQuarter.containing(end)));
    db.sql(
            """
            select c.reporting_period_code from commentary c join indicator i on i.id = c.indicator_id
             where i.organisation_id = :organisation and c.superseded_at is null
            union
            select j.reporting_period_code from rating_judgement j join indicator i on i.id = j.indicator_id
             where i.organisation_id = :organisation and j.superseded_at is null
            """)
        .param("organisation", organisation.id())
        .query(String.class)
        .list()
        .forEach(code -> quarterOf(code, quarters));
    Map<FinancialYear, Boolean> reports = new HashMap<>();
    return quarters.stream()
        .filter(quarter -> quarter.hasEnded(today))
        .filter(
            quarter ->
                reports.computeIfAbsent(
                    quarter.financialYear(),
                    year -> !indicators.reportedIn(organisation.id(), year).isEmpty()))
        .toList();
  }

  private static void quarterOf(String code, TreeSet<FinancialQuarter> quarters) {
    try {
      Period period = Periods.fromCode(code);
      quarters.add(
          period instanceof FinancialQuarter quarter
              ? quarter
              : FinancialQuarter.containing(period.end()));
    } catch (PeriodFormatException e) {
      // a reporting period that is not a period code names no quarter
    }
  }
}
