package beacon.indicator.web;

import beacon.indicator.Catalogue;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adds a priority and changes one, keeping what it was. */
@Controller
class PriorityFormController {

  private final Organisations organisations;
  private final Catalogue catalogue;

  PriorityFormController(Organisations organisations, Catalogue catalogue) {
    this.organisations = organisations;
    this.catalogue = catalogue;
  }

  @GetMapping("/organisations/{org}/catalogue/priorities/new")
  String newForm(@PathVariable String org, Model model) {
    return show(
        model, CatalogueController.organisation(organisations, org), new PriorityForm(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/priorities/new")
  String create(
      @PathVariable String org,
      @ModelAttribute("form") PriorityForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    form.validate(errors, name -> named(organisation, name) != null);
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    catalogue.createPriority(
        organisation.id(),
        form.getName().trim(),
        PortfolioFormController.blankToNull(form.getDescription()),
        form.edit());
    return CatalogueController.saved(org, "priority", form.getName().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/priorities/{id}/edit")
  String editForm(@PathVariable String org, @PathVariable long id, Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Priority priority = priority(organisation, id);
    PriorityForm form = new PriorityForm();
    form.setName(priority.name());
    form.setDescription(priority.description());
    form.setVersion(catalogue.version(Catalogue.Table.PRIORITY, id));
    return show(model, organisation, form, priority);
  }

  @PostMapping("/organisations/{org}/catalogue/priorities/{id}/edit")
  String update(
      @PathVariable String org,
      @PathVariable long id,
      @ModelAttribute("form") PriorityForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Priority priority = priority(organisation, id);
    form.validate(
        errors,
        name -> {
          Catalogue.Priority other = named(organisation, name);
          return other != null && other.id() != id;
        });
    if (errors.hasErrors()) {
      return show(model, organisation, form, priority);
    }
    try {
      catalogue.updatePriority(
          organisation.id(),
          id,
          form.getName().trim(),
          PortfolioFormController.blankToNull(form.getDescription()),
          form.edit());
    } catch (Catalogue.StaleEditException e) {
      errors.reject("catalogue.error.stale");
      form.setVersion(catalogue.version(Catalogue.Table.PRIORITY, id));
      return show(model, organisation, form, priority);
    }
    return CatalogueController.saved(org, "priority", form.getName().trim());
  }

  private String show(
      Model model, Organisation organisation, PriorityForm form, Catalogue.Priority priority) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("form", form);
    model.addAttribute("priority", priority);
    if (priority != null) {
      model.addAttribute(
          "history",
          CatalogueHistory.of(
              catalogue.changesOf(Catalogue.Table.PRIORITY, priority.id()),
              catalogue.currentValues(Catalogue.Table.PRIORITY, priority.id())));
    }
    return "catalogue/priority-form";
  }

  private Catalogue.Priority named(Organisation organisation, String name) {
    return catalogue.priorities(organisation.id()).stream()
        .filter(p -> p.name().equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }

  private Catalogue.Priority priority(Organisation organisation, long id) {
    return catalogue
        .priority(organisation.id(), id)
        .orElseThrow(
            () ->
                new NotFoundException("There is no priority " + id + " in " + organisation.name()));
  }
}
