package beacon.catalogue;

import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** A portfolio as typed: its name (unique in the organisation) and cabinet member. */
public class PortfolioForm extends CatalogueEditForm {

  private String name;
  private String cabinetMember;
  private String note;

  void validate(Errors errors, Predicate<String> nameTaken) {
    validateName(errors, "portfolio", name, nameTaken);
    validateEditor(errors);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCabinetMember() {
    return cabinetMember;
  }

  public void setCabinetMember(String cabinetMember) {
    this.cabinetMember = cabinetMember;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
