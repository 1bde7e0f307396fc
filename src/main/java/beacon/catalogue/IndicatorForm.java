package beacon.catalogue;

import beacon.indicator.IndicatorStatus;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolio;
import beacon.indicator.Priority;
import beacon.indicator.TargetType;
import beacon.indicator.Theme;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** What the indicator form holds, as typed; {@link #validate} says what is wrong, by field. */
public class IndicatorForm extends CatalogueEditForm {

  private String code;
  private String title;
  private String definition;
  private String polarity;
  private String unit;
  private String decimalPlaces = "0";
  private String frequency;
  private String dataPeriod;
  private String lagMonths = "0";
  private String targetType = "";
  private String owner;
  private String status = IndicatorStatus.ACTIVE.name();
  private String portfolio = "";
  private String priority = "";
  private String theme = "";
  private String reportedFrom;
  private String reportedTo;
  private String position = "0";

  /** The catalogue the form chooses from. */
  record Choices(List<Portfolio> portfolios, List<Priority> priorities, List<Theme> themes) {

    Optional<Portfolio> portfolio(String id) {
      return portfolios.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst();
    }

    Optional<Priority> priority(String id) {
      return priorities.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst();
    }

    Optional<Theme> theme(String id) {
      return themes.stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst();
    }
  }

  /**
   * @param codeTaken whether another indicator of the organisation has a code
   */
  void validate(Errors errors, Choices choices, Predicate<String> codeTaken) {
    if (blank(code)) {
      errors.rejectValue("code", "catalogue.error.code.missing");
    } else if (code.trim().length() > 30 || code.contains("/")) {
      errors.rejectValue("code", "catalogue.error.code.form");
    } else if (codeTaken.test(code.trim())) {
      errors.rejectValue("code", "catalogue.error.code.taken", new Object[] {code.trim()}, null);
    }
    if (blank(title)) {
      errors.rejectValue("title", "catalogue.error.title.missing");
    }
    requireOneOf(errors, "polarity", polarity, Polarity.class);
    requireOneOf(errors, "unit", unit, Unit.class);
    wholeNumber(errors, "decimalPlaces", decimalPlaces, 0, 6);
    requireOneOf(errors, "frequency", frequency, PeriodType.class);
    wholeNumber(errors, "lagMonths", lagMonths, 0, 60);
    if (!blank(targetType)) {
      requireOneOf(errors, "targetType", targetType, TargetType.class);
    }
    requireOneOf(errors, "status", status, IndicatorStatus.class);
    if (!blank(portfolio) && choices.portfolio(portfolio).isEmpty()) {
      errors.rejectValue("portfolio", "catalogue.error.portfolio.choose");
    }
    Optional<Priority> chosenPriority = choices.priority(priority);
    if (!blank(priority) && chosenPriority.isEmpty()) {
      errors.rejectValue("priority", "catalogue.error.priority.choose");
    }
    if (!blank(theme)) {
      Optional<Theme> chosenTheme = choices.theme(theme);
      if (chosenPriority.isEmpty()) {
        errors.rejectValue("theme", "catalogue.error.theme.noPriority");
      } else if (chosenTheme.isEmpty()
          || chosenTheme.get().priorityId() != chosenPriority.get().id()) {
        errors.rejectValue(
            "theme",
            "catalogue.error.theme.ofPriority",
            new Object[] {chosenPriority.get().name()},
            null);
      }
    }
    Optional<FinancialYear> from = year(errors, "reportedFrom", reportedFrom);
    Optional<FinancialYear> to = year(errors, "reportedTo", reportedTo);
    if (from.isPresent() && to.isPresent() && to.get().startYear() < from.get().startYear()) {
      errors.rejectValue("reportedTo", "catalogue.error.reportedTo.beforeFrom");
    }
    wholeNumber(errors, "position", position, -100000, 100000);
    validateEditor(errors);
  }

  /** The indicator the form describes; call only once {@link #validate} found nothing wrong. */
  NewIndicator toIndicator(long organisationId, Choices choices) {
    Optional<Priority> chosenPriority = choices.priority(priority);
    return new NewIndicator(
        organisationId,
        code.trim(),
        title.trim(),
        trimmed(definition),
        Polarity.valueOf(polarity),
        Unit.valueOf(unit),
        whole(decimalPlaces),
        PeriodType.valueOf(frequency),
        trimmed(dataPeriod),
        whole(lagMonths),
        blank(targetType) ? null : TargetType.valueOf(targetType),
        trimmed(owner),
        IndicatorStatus.valueOf(status),
        choices.portfolio(portfolio).map(Portfolio::name).orElse(null),
        chosenPriority.map(Priority::name).orElse(null),
        choices.theme(theme).map(Theme::name).orElse(null),
        yearCode(reportedFrom),
        yearCode(reportedTo),
        whole(position),
        null);
  }

  private static Optional<FinancialYear> year(Errors errors, String field, String text) {
    if (blank(text)) {
      return Optional.empty();
    }
    try {
      Period period = Periods.parse(text.trim(), PeriodType.FINANCIAL_YEAR);
      if (period instanceof FinancialYear year) {
        return Optional.of(year);
      }
    } catch (PeriodFormatException e) {
      // said below
    }
    errors.rejectValue(field, "catalogue.error." + field + ".form");
    return Optional.empty();
  }

  private static String yearCode(String text) {
    return blank(text) ? null : Periods.parse(text.trim(), PeriodType.FINANCIAL_YEAR).code();
  }

  private static <E extends Enum<E>> void requireOneOf(
      Errors errors, String field, String value, Class<E> kind) {
    try {
      Enum.valueOf(kind, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      errors.rejectValue(field, "catalogue.error." + field + ".choose");
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getPolarity() {
    return polarity;
  }

  public void setPolarity(String polarity) {
    this.polarity = polarity;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getDecimalPlaces() {
    return decimalPlaces;
  }

  public void setDecimalPlaces(String decimalPlaces) {
    this.decimalPlaces = decimalPlaces;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public String getDataPeriod() {
    return dataPeriod;
  }

  public void setDataPeriod(String dataPeriod) {
    this.dataPeriod = dataPeriod;
  }

  public String getLagMonths() {
    return lagMonths;
  }

  public void setLagMonths(String lagMonths) {
    this.lagMonths = lagMonths;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPortfolio() {
    return portfolio;
  }

  public void setPortfolio(String portfolio) {
    this.portfolio = portfolio;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getReportedFrom() {
    return reportedFrom;
  }

  public void setReportedFrom(String reportedFrom) {
    this.reportedFrom = reportedFrom;
  }

  public String getReportedTo() {
    return reportedTo;
  }

  public void setReportedTo(String reportedTo) {
    this.reportedTo = reportedTo;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
