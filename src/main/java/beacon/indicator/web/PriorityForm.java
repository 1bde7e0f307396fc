package beacon.indicator.web;

import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** A priority as typed: its name (unique in the organisation) and description. */
public class PriorityForm extends CatalogueEditForm {

  private String name;
  private String description;

  void validate(Errors errors, Predicate<String> nameTaken) {
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error.priority.name.missing");
    } else if (nameTaken.test(name.trim())) {
      errors.rejectValue(
          "name", "catalogue.error.priority.name.taken", new Object[] {name.trim()}, null);
    }
    validateEditor(errors);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
