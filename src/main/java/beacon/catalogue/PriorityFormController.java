package beacon.catalogue;

import static beacon.catalogue.CatalogueForms.blankToNull;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Priorities;
import beacon.indicator.Priority;
import beacon.organisation.Organisation;
import java.util.Optional;
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

  private final CatalogueForms forms;
  private final Priorities priorities;

  PriorityFormController(CatalogueForms forms, Priorities priorities) {
    this.forms = forms;
    this.priorities = priorities;
  }

  @GetMapping("/organisations/{org}/catalogue/priorities/new")
  String newForm(Organisation organisation, Model model) {
    return show(model, organisation, PriorityForm.empty(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/priorities/new")
  String create(
      Organisation organisation,
      @ModelAttribute("form") PriorityForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    form.validate(errors, name -> nameTaken(organisation, name, null));
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    priorities.create(
        organisation.id(),
        form.name().trim(),
        blankToNull(form.description()),
        form.edit(signedIn));
    return CatalogueForms.backToOverview(organisation, "priority", form.name().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/priorities/{id}/edit")
  String editForm(Organisation organisation, @PathVariable long id, Model model) {
    Priority priority = priority(organisation, id);
    PriorityForm form = PriorityForm.editing(priority, forms.version(Table.PRIORITY, id));
    return show(model, organisation, form, priority);
  }

  @PostMapping("/organisations/{org}/catalogue/priorities/{id}/edit")
  String update(
      Organisation organisation,
      @PathVariable long id,
      @ModelAttribute("form") PriorityForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Priority priority = priority(organisation, id);
    form.validate(errors, name -> nameTaken(organisation, name, id));
    if (errors.hasErrors()) {
      return show(model, organisation, form, priority);
    }
    Optional<PriorityForm> refused =
        forms.refusedIfStale(
            form,
            errors,
            Table.PRIORITY,
            id,
            () ->
                priorities.update(
                    organisation.id(),
                    id,
                    form.name().trim(),
                    blankToNull(form.description()),
                    form.edit(signedIn)));
    if (refused.isPresent()) {
      return show(model, organisation, refused.get(), priority);
    }
    return CatalogueForms.backToOverview(organisation, "priority", form.name().trim());
  }

  private String show(
      Model model, Organisation organisation, PriorityForm form, Priority priority) {
    return forms.showEntry(model, organisation, form, Table.PRIORITY, priority);
  }

  private boolean nameTaken(Organisation organisation, String name, Long except) {
    return CatalogueEntry.nameTaken(priorities.of(organisation.id()), name, except);
  }

  private Priority priority(Organisation organisation, long id) {
    return CatalogueForms.found(
        priorities.withId(organisation.id(), id), "priority", id, organisation);
  }
}
