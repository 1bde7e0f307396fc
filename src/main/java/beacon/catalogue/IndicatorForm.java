package beacon.catalogue;

import static beacon.catalogue.CatalogueEditForm.blank;
import static beacon.catalogue.CatalogueEditForm.trimmed;
import static beacon.catalogue.CatalogueEditForm.whole;
import static beacon.catalogue.CatalogueEditForm.wholeNumber;
import static java.util.Objects.requireNonNullElse;

import beacon.indicator.Catalogue;
import beacon.indicator.Indicator;
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

/**
 * What the indicator form holds, as typed; {@link #validate} says what is wrong, by field. A field
 * not sent is empty, but for the decimal places, lag and position, which are then 0, and the
 * status, which is then active.
 */
public record IndicatorForm(
    String version,
    String reason,
    String code,
    String title,
    String definition,
    String polarity,
    String unit,
    String decimalPlaces,
    String frequency,
    String dataPeriod,
    String lagMonths,
    String targetType,
    String owner,
    String status,
    String portfolio,
    String priority,
    String theme,
    String reportedFrom,
    String reportedTo,
    String position)
    implements CatalogueEditForm<IndicatorForm> {

  public IndicatorForm {
    decimalPlaces = requireNonNullElse(decimalPlaces, "0");
    lagMonths = requireNonNullElse(lagMonths, "0");
    targetType = requireNonNullElse(targetType, "");
    status = requireNonNullElse(status, IndicatorStatus.ACTIVE.name());
    portfolio = requireNonNullElse(portfolio, "");
    priority = requireNonNullElse(priority, "");
    theme = requireNonNullElse(theme, "");
    position = requireNonNullElse(position, "0");
  }

  /** The form for a new indicator. */
  static IndicatorForm empty() {
    return new IndicatorForm(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  /** The form opened on an indicator as it is, placed in the catalogue, at its version. */
  static IndicatorForm editing(Indicator indicator, Catalogue.Placing placing, int version) {
    return new IndicatorForm(
        String.valueOf(version),
        null,
        indicator.code(),
        indicator.title(),
        indicator.definition(),
        indicator.polarity().name(),
        indicator.unit().name(),
        String.valueOf(indicator.decimalPlaces()),
        indicator.frequency().name(),
        indicator.dataPeriod(),
        String.valueOf(indicator.lagMonths()),
        indicator.targetType() == null ? "" : indicator.targetType().name(),
        indicator.owner(),
        indicator.status().name(),
        id(placing.portfolioId()),
        id(placing.priorityId()),
        id(placing.themeId()),
        indicator.reportedFrom(),
        indicator.reportedTo(),
        String.valueOf(indicator.position()));
  }

  @Override
  public IndicatorForm openedAt(int version) {
    return new IndicatorForm(
        String.valueOf(version),
        reason,
        code,
        title,
        definition,
        polarity,
        unit,
        decimalPlaces,
        frequency,
        dataPeriod,
        lagMonths,
        targetType,
        owner,
        status,
        portfolio,
        priority,
        theme,
        reportedFrom,
        reportedTo,
        position);
  }

  private static String id(Long id) {
    return id == null ? "" : String.valueOf(id);
  }

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
}
