package beacon.catalogue;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Priorities;
import beacon.indicator.Priority;
import beacon.indicator.Theme;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adds a theme to a priority and changes one, keeping what it was. */
@Controller
class ThemeFormController {

  private final CatalogueForms forms;
  private final Priorities priorities;
  private final Themes themes;

  ThemeFormController(CatalogueForms forms, Priorities priorities, Themes themes) {
    this.forms = forms;
    this.priorities = priorities;
    this.themes = themes;
  }

  @GetMapping("/organisations/{org}/catalogue/themes/new")
  String newForm(
      Organisation organisation,
      @RequestParam(required = false, defaultValue = "") String priority,
      Model model) {
    return show(model, organisation, ThemeForm.ofPriority(priority), null);
  }

  @PostMapping("/organisations/{org}/catalogue/themes/new")
  String create(
      Organisation organisation,
      @ModelAttribute("form") ThemeForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    List<Priority> choices = priorities.of(organisation.id());
    form.validate(
        errors, choices, (priority, name) -> nameTaken(organisation, priority, name, null));
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    themes.create(
        organisation.id(),
        form.priorityIn(choices).orElseThrow().id(),
        form.name().trim(),
        form.positionNumber(),
        form.edit(signedIn));
    return CatalogueForms.backToOverview(organisation, "theme", form.name().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/themes/{id}/edit")
  String editForm(Organisation organisation, @PathVariable long id, Model model) {
    Theme theme = theme(organisation, id);
    ThemeForm form = ThemeForm.editing(theme, forms.version(Table.THEME, id));
    return show(model, organisation, form, theme);
  }

  @PostMapping("/organisations/{org}/catalogue/themes/{id}/edit")
  String update(
      Organisation organisation,
      @PathVariable long id,
      @ModelAttribute("form") ThemeForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Theme theme = theme(organisation, id);
    List<Priority> choices = priorities.of(organisation.id());
    form.validate(errors, choices, (priority, name) -> nameTaken(organisation, priority, name, id));
    if (errors.hasErrors()) {
      return show(model, organisation, form, theme);
    }
    Optional<ThemeForm> refused =
        forms.refusedIfStale(
            form,
            errors,
            Table.THEME,
            id,
            () ->
                themes.update(
                    organisation.id(),
                    id,
                    form.priorityIn(choices).orElseThrow().id(),
                    form.name().trim(),
                    form.positionNumber(),
                    form.edit(signedIn)));
    if (refused.isPresent()) {
      return show(model, organisation, refused.get(), theme);
    }
    return CatalogueForms.backToOverview(organisation, "theme", form.name().trim());
  }

  private String show(Model model, Organisation organisation, ThemeForm form, Theme theme) {
    model.addAttribute("priorities", priorities.of(organisation.id()));
    return forms.showEntry(model, organisation, form, Table.THEME, theme);
  }

  /** Whether a theme of the priority other than {@code except} has the name. */
  private boolean nameTaken(Organisation organisation, long priority, String name, Long except) {
    return CatalogueEntry.nameTaken(
        themes.of(organisation.id()).stream().filter(t -> t.priorityId() == priority).toList(),
        name,
        except);
  }

  private Theme theme(Organisation organisation, long id) {
    return CatalogueForms.found(themes.withId(organisation.id(), id), "theme", id, organisation);
  }
}
