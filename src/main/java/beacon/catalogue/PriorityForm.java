package beacon.catalogue;

import beacon.indicator.Priority;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** A priority as typed: its name (unique in the organisation) and description. */
public record PriorityForm(String version, String reason, String name, String description)
    implements CatalogueEditForm<PriorityForm> {

  /** The form for a new priority. */
  static PriorityForm empty() {
    return new PriorityForm(null, null, null, null);
  }

  /** The form opened on a priority as it is, at its version {@code version}. */
  static PriorityForm editing(Priority priority, int version) {
    return new PriorityForm(String.valueOf(version), null, priority.name(), priority.description());
  }

  @Override
  public PriorityForm openedAt(int version) {
    return new PriorityForm(String.valueOf(version), reason, name, description);
  }

  void validate(Errors errors, Predicate<String> nameTaken) {
    CatalogueEditForm.validateName(errors, "priority", name, nameTaken);
    validateEditor(errors);
  }
}
