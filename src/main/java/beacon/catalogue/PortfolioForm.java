package beacon.catalogue;

import beacon.indicator.Portfolio;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** A portfolio as typed: its name (unique in the organisation) and cabinet member. */
public record PortfolioForm(
    String version, String reason, String name, String cabinetMember, String note)
    implements CatalogueEditForm<PortfolioForm> {

  /** The form for a new portfolio. */
  static PortfolioForm empty() {
    return new PortfolioForm(null, null, null, null, null);
  }

  /** The form opened on a portfolio as it is, at its version {@code version}. */
  static PortfolioForm editing(Portfolio portfolio, int version) {
    return new PortfolioForm(
        String.valueOf(version),
        null,
        portfolio.name(),
        portfolio.cabinetMember(),
        portfolio.note());
  }

  @Override
  public PortfolioForm openedAt(int version) {
    return new PortfolioForm(String.valueOf(version), reason, name, cabinetMember, note);
  }

  void validate(Errors errors, Predicate<String> nameTaken) {
    CatalogueEditForm.validateName(errors, "portfolio", name, nameTaken);
    validateEditor(errors);
  }
}
