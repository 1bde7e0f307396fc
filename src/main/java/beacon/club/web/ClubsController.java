package beacon.club.web;

import beacon.account.Account;
import beacon.club.ClubRefusedException;
import beacon.club.Clubs;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The benchmarking clubs page: every club with its members, and a new one set up. */
@Controller
class ClubsController {

  /** A club to set up: its name and its members' codes. */
  record ClubForm(String name, List<String> members) {

    public boolean chose(String code) {
      return members != null && members.contains(code);
    }
  }

  private final Clubs clubs;
  private final Organisations organisations;

  ClubsController(Clubs clubs, Organisations organisations) {
    this.clubs = clubs;
    this.organisations = organisations;
  }

  @GetMapping("/clubs")
  String clubs(Model model) {
    return show(model, new ClubForm(null, List.of()));
  }

  @PostMapping("/clubs")
  String create(
      @ModelAttribute("form") ClubForm form,
      BindingResult errors,
      Account signedIn,
      Model model,
      RedirectAttributes redirect) {
    List<Organisation> members =
        organisations.all().stream().filter(o -> form.chose(o.code())).toList();
    try {
      clubs.create(form.name(), members, signedIn.name());
    } catch (ClubRefusedException e) {
      errors.rejectValue(e.field(), "club.refused", e.getMessage());
      return show(model, form);
    }
    redirect.addFlashAttribute("created", form.name().strip());
    return "redirect:/clubs";
  }

  private String show(Model model, ClubForm form) {
    model.addAttribute("form", form);
    model.addAttribute("clubs", clubs.all());
    model.addAttribute("organisations", organisations.all());
    return "clubs/clubs";
  }
}
