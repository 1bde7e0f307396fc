package beacon.setup.web;

import beacon.organisation.Organisation;
import beacon.organisation.OrganisationSettings;
import beacon.organisation.Organisations;
import beacon.rules.rating.RagWords;
import beacon.setup.CouncilSetUp;
import beacon.setup.SetUpRefusedException;
import beacon.setup.web.CouncilForms.AuthorityForm;
import beacon.setup.web.CouncilForms.NamesForm;
import beacon.setup.web.CouncilForms.OtherForm;
import beacon.web.StaleForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that set up a council: "Set up your council" by the authority's code, or an
 * organisation that is not an authority with a code of its own; then its settings page, which names
 * what to do next and where its names are changed.
 */
@Controller
class CouncilSetUpController {

  private final CouncilSetUp setUp;
  private final Organisations organisations;

  CouncilSetUpController(CouncilSetUp setUp, Organisations organisations) {
    this.setUp = setUp;
    this.organisations = organisations;
  }

  @GetMapping("/organisations/new")
  String authorityForm(Model model) {
    return showAuthority(model, new AuthorityForm(null));
  }

  @PostMapping("/organisations/new")
  String addAuthority(
      @ModelAttribute("form") AuthorityForm form, BindingResult errors, Model model) {
    try {
      return added(setUp.addAuthority(form.code()));
    } catch (SetUpRefusedException e) {
      errors.rejectValue(e.field(), "setup.refused", e.getMessage());
      return showAuthority(model, form);
    }
  }

  @GetMapping("/organisations/new/other")
  String otherForm(Model model) {
    return showOther(model, new OtherForm(null, null, null));
  }

  @PostMapping("/organisations/new/other")
  String addOther(@ModelAttribute("form") OtherForm form, BindingResult errors, Model model) {
    try {
      return added(setUp.addOther(form.code(), form.name(), form.region()));
    } catch (SetUpRefusedException e) {
      errors.rejectValue(e.field(), "setup.refused", e.getMessage());
      return showOther(model, form);
    }
  }

  @GetMapping("/organisations/{org}/settings")
  String settings(
      Organisation organisation,
      @RequestParam(name = "added", required = false) String added,
      Model model) {
    OrganisationSettings settings = setUp.settingsOf(organisation.code());
    model.addAttribute("added", added != null);
    model.addAttribute("refused", false);
    return showSettings(model, settings, NamesForm.of(settings));
  }

  @PostMapping("/organisations/{org}/settings")
  String rename(
      Organisation organisation,
      @ModelAttribute("form") NamesForm form,
      BindingResult errors,
      Model model) {
    model.addAttribute("added", false);
    model.addAttribute("refused", true); // shown again only when refused
    long version;
    try {
      version = Long.parseLong(form.version() == null ? "" : form.version().strip());
    } catch (NumberFormatException e) {
      errors.reject("setup.refused", "The form had no version: open it again from the council");
      return showSettings(model, setUp.settingsOf(organisation.code()), form);
    }
    try {
      setUp.rename(
          organisation.code(),
          version,
          form.name(),
          form.shortName(),
          form.notRatedWord(),
          form.notRatedColour());
    } catch (SetUpRefusedException e) {
      OrganisationSettings now = setUp.settingsOf(organisation.code());
      if (e.field().equals("version")) {
        // what was typed is kept, on the version now saved, to be saved again or left
        NamesForm again = form.atVersion(now.version());
        String page = showSettings(model, now, again);
        StaleForms.refuseOn(model, "form", again, "setup.stale", e.getMessage());
        return page;
      }
      errors.rejectValue(e.field(), "setup.refused", e.getMessage());
      return showSettings(model, now, form);
    }
    return "redirect:/organisations/" + organisation.code() + "/settings?saved";
  }

  private String added(OrganisationSettings settings) {
    return "redirect:/organisations/" + settings.code() + "/settings?added";
  }

  private String showAuthority(Model model, AuthorityForm form) {
    model.addAttribute("form", form);
    model.addAttribute("first", !organisations.any());
    model.addAttribute("authorities", setUp.notYetSetUp());
    return "setup/authority";
  }

  private String showOther(Model model, OtherForm form) {
    model.addAttribute("form", form);
    model.addAttribute("regions", CouncilSetUp.REGIONS);
    return "setup/other";
  }

  private String showSettings(Model model, OrganisationSettings settings, NamesForm form) {
    model.addAttribute("council", settings);
    model.addAttribute("form", form);
    model.addAttribute("colours", RagWords.Colour.values());
    return "setup/settings";
  }
}
