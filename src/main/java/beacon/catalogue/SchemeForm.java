package beacon.catalogue;

import beacon.rating.RagSchemes.SchemeKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * A RAG scheme as typed: name, kind, band, description and the date it comes into force; and the
 * reporting period to preview its ratings in.
 */
public class SchemeForm extends CatalogueEditForm {

  private String name;
  private String kind;
  private String band;
  private String description;
  private String inForceDay;
  private String inForceMonth;
  private String inForceYear;
  private String period;

  /**
   * @param saving whether the form is being saved (a preview does not need the editor's name)
   * @param nameTaken whether another scheme of the organisation has a name
   * @param inForceFrom the name of another scheme put in force on a day, if any
   */
  void validate(
      Errors errors,
      boolean saving,
      Predicate<String> nameTaken,
      Function<LocalDate, Optional<String>> inForceFrom) {
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error.scheme.name.missing");
    } else if (nameTaken.test(name.trim())) {
      errors.rejectValue(
          "name", "catalogue.error.scheme.name.taken", new Object[] {name.trim()}, null);
    }
    Optional<SchemeKind> chosen = kind();
    if (chosen.isEmpty()) {
      errors.rejectValue("kind", "catalogue.error.scheme.kind.choose");
    } else if (hasBand(chosen.get())) {
      Optional<BigDecimal> size = bandNumber();
      if (blank(band)) {
        errors.rejectValue("band", "catalogue.error.scheme.band.missing");
      } else if (size.isEmpty() || size.get().signum() <= 0) {
        errors.rejectValue("band", "catalogue.error.scheme.band.positive");
      }
    }
    Optional<LocalDate> from = inForceDate();
    if (from.isEmpty()) {
      errors.rejectValue("inForceDay", "catalogue.error.scheme.inForce.date");
    } else {
      inForceFrom
          .apply(from.get())
          .ifPresent(
              other ->
                  errors.rejectValue(
                      "inForceDay",
                      "catalogue.error.scheme.inForce.taken",
                      new Object[] {other},
                      null));
    }
    if (saving) {
      validateEditor(errors);
    }
  }

  static boolean hasBand(SchemeKind kind) {
    return kind == SchemeKind.RELATIVE_BAND || kind == SchemeKind.ABSOLUTE_BAND;
  }

  Optional<SchemeKind> kind() {
    try {
      return Optional.of(SchemeKind.valueOf(kind == null ? "" : kind));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The band, for a kind that has one; null otherwise. */
  BigDecimal bandForKind() {
    return kind().filter(SchemeForm::hasBand).flatMap(k -> bandNumber()).orElse(null);
  }

  private Optional<BigDecimal> bandNumber() {
    try {
      return blank(band)
          ? Optional.empty()
          : Optional.of(new BigDecimal(band.trim().replace("%", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  Optional<LocalDate> inForceDate() {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(inForceYear.trim()),
              Integer.parseInt(inForceMonth.trim()),
              Integer.parseInt(inForceDay.trim())));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  void setInForce(LocalDate day) {
    if (day != null) {
      inForceDay = String.valueOf(day.getDayOfMonth());
      inForceMonth = String.valueOf(day.getMonthValue());
      inForceYear = String.valueOf(day.getYear());
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getBand() {
    return band;
  }

  public void setBand(String band) {
    this.band = band;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getInForceDay() {
    return inForceDay;
  }

  public void setInForceDay(String inForceDay) {
    this.inForceDay = inForceDay;
  }

  public String getInForceMonth() {
    return inForceMonth;
  }

  public void setInForceMonth(String inForceMonth) {
    this.inForceMonth = inForceMonth;
  }

  public String getInForceYear() {
    return inForceYear;
  }

  public void setInForceYear(String inForceYear) {
    this.inForceYear = inForceYear;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
