package beacon.indicator.web;

import beacon.indicator.Catalogue;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.NotFoundException;
import java.util.List;
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

  private final Organisations organisations;
  private final Catalogue catalogue;

  ThemeFormController(Organisations organisations, Catalogue catalogue) {
    this.organisations = organisations;
    this.catalogue = catalogue;
  }

  @GetMapping("/organisations/{org}/catalogue/themes/new")
  String newForm(
      @PathVariable String org,
      @RequestParam(required = false, defaultValue = "") String priority,
      Model model) {
    ThemeForm form = new ThemeForm();
    form.setPriority(priority);
    return show(model, CatalogueController.organisation(organisations, org), form, null);
  }

  @PostMapping("/organisations/{org}/catalogue/themes/new")
  String create(
      @PathVariable String org,
      @ModelAttribute("form") ThemeForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    List<Catalogue.Priority> priorities = catalogue.priorities(organisation.id());
    form.validate(
        errors, priorities, (priority, name) -> other(organisation, priority, name, null));
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    catalogue.createTheme(
        organisation.id(),
        form.priorityIn(priorities).orElseThrow().id(),
        form.getName().trim(),
        form.positionNumber(),
        form.edit());
    return CatalogueController.saved(org, "theme", form.getName().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/themes/{id}/edit")
  String editForm(@PathVariable String org, @PathVariable long id, Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Theme theme = theme(organisation, id);
    ThemeForm form = new ThemeForm();
    form.setPriority(String.valueOf(theme.priorityId()));
    form.setName(theme.name());
    form.setPosition(String.valueOf(theme.position()));
    form.setVersion(catalogue.version(Catalogue.Table.THEME, id));
    return show(model, organisation, form, theme);
  }

  @PostMapping("/organisations/{org}/catalogue/themes/{id}/edit")
  String update(
      @PathVariable String org,
      @PathVariable long id,
      @ModelAttribute("form") ThemeForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Theme theme = theme(organisation, id);
    List<Catalogue.Priority> priorities = catalogue.priorities(organisation.id());
    form.validate(errors, priorities, (priority, name) -> other(organisation, priority, name, id));
    if (errors.hasErrors()) {
      return show(model, organisation, form, theme);
    }
    try {
      catalogue.updateTheme(
          organisation.id(),
          id,
          form.priorityIn(priorities).orElseThrow().id(),
          form.getName().trim(),
          form.positionNumber(),
          form.edit());
    } catch (Catalogue.StaleEditException e) {
      errors.reject("catalogue.error.stale");
      form.setVersion(catalogue.version(Catalogue.Table.THEME, id));
      return show(model, organisation, form, theme);
    }
    return CatalogueController.saved(org, "theme", form.getName().trim());
  }

  private String show(
      Model model, Organisation organisation, ThemeForm form, Catalogue.Theme theme) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("form", form);
    model.addAttribute("theme", theme);
    model.addAttribute("priorities", catalogue.priorities(organisation.id()));
    if (theme != null) {
      model.addAttribute(
          "history",
          CatalogueHistory.of(
              catalogue.changesOf(Catalogue.Table.THEME, theme.id()),
              catalogue.currentValues(Catalogue.Table.THEME, theme.id())));
    }
    return "catalogue/theme-form";
  }

  /** Whether a theme other than {@code except} of the priority has the name. */
  private boolean other(Organisation organisation, long priority, String name, Long except) {
    return catalogue.themes(organisation.id()).stream()
        .anyMatch(
            t ->
                t.priorityId() == priority
                    && t.name().equalsIgnoreCase(name)
                    && (except == null || t.id() != except));
  }

  private Catalogue.Theme theme(Organisation organisation, long id) {
    return catalogue
        .theme(organisation.id(), id)
        .orElseThrow(
            () -> new NotFoundException("There is no theme " + id + " in " + organisation.name()));
  }
}
