package beacon.catalogue;

import beacon.indicator.Priority;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.validation.Errors;

/** A theme as typed: the priority it belongs to, its name (unique there) and position. */
public class ThemeForm extends CatalogueEditForm {

  private String priority = "";
  private String name;
  private String position = "0";

  /**
   * @param nameTaken whether another theme of a priority (by id) has a name
   */
  void validate(Errors errors, List<Priority> priorities, BiPredicate<Long, String> nameTaken) {
    Optional<Priority> chosen = priorityIn(priorities);
    if (chosen.isEmpty()) {
      errors.rejectValue("priority", "catalogue.error.theme.priority.choose");
    }
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error.theme.name.missing");
    } else if (chosen.isPresent() && nameTaken.test(chosen.get().id(), name.trim())) {
      errors.rejectValue(
          "name",
          "catalogue.error.theme.name.taken",
          new Object[] {chosen.get().name(), name.trim()},
          null);
    }
    wholeNumber(errors, "position", position, -100000, 100000);
    validateEditor(errors);
  }

  Optional<Priority> priorityIn(List<Priority> priorities) {
    return priorities.stream().filter(p -> String.valueOf(p.id()).equals(priority)).findFirst();
  }

  int positionNumber() {
    return whole(position);
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
