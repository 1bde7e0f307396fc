package beacon.catalogue;

import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** A priority as typed: its name (unique in the organisation) and description. */
public class PriorityForm extends CatalogueEditForm {

  private String name;
  private String description;

  void validate(Errors errors, Predicate<String> nameTaken) {
    validateName(errors, "priority", name, nameTaken);
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
