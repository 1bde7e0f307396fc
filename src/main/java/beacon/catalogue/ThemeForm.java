package beacon.catalogue;

import static beacon.catalogue.CatalogueEditForm.blank;
import static java.util.Objects.requireNonNullElse;

import beacon.indicator.Priority;
import beacon.indicator.Theme;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.validation.Errors;

/**
 * A theme as typed: the priority it belongs to, its name (unique there) and position. A priority
 * not sent is none, a position not sent is 0.
 */
public record ThemeForm(
    String version, String reason, String priority, String name, String position)
    implements CatalogueEditForm<ThemeForm> {

  public ThemeForm {
    priority = requireNonNullElse(priority, "");
    position = requireNonNullElse(position, "0");
  }

  /** The form for a new theme of the priority (by id) chosen, if any. */
  static ThemeForm ofPriority(String priority) {
    return new ThemeForm(null, null, priority, null, null);
  }

  /** The form opened on a theme as it is, at its version {@code version}. */
  static ThemeForm editing(Theme theme, int version) {
    return new ThemeForm(
        String.valueOf(version),
        null,
        String.valueOf(theme.priorityId()),
        theme.name(),
        String.valueOf(theme.position()));
  }

  @Override
  public ThemeForm openedAt(int version) {
    return new ThemeForm(String.valueOf(version), reason, priority, name, position);
  }

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
    CatalogueEditForm.wholeNumber(errors, "position", position, -100000, 100000);
    validateEditor(errors);
  }

  Optional<Priority> priorityIn(List<Priority> priorities) {
    return priorities.stream().filter(p -> String.valueOf(p.id()).equals(priority)).findFirst();
  }

  int positionNumber() {
    return CatalogueEditForm.whole(position);
  }
}
