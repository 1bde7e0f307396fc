package beacon.club.web;

import beacon.account.Account;
import beacon.club.ClubRefusedException;
import beacon.club.Clubs;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.StaleForms;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A club's members changed by a hub administrator: councils join and members leave, at the version
 * the page was opened on. A member leaving stops sharing its indicators with the club.
 */
@Controller
class ClubMembersController {

  /** The members chosen, by code, and the version of the members the page was opened on. */
  record MembersForm(String version, List<String> members) {

    static MembersForm of(Clubs.Club club) {
      return new MembersForm(
          String.valueOf(club.version()), club.members().stream().map(Clubs.Member::code).toList());
    }

    public boolean chose(String code) {
      return members != null && members.contains(code);
    }
  }

  private final Clubs clubs;
  private final Organisations organisations;

  ClubMembersController(Clubs clubs, Organisations organisations) {
    this.clubs = clubs;
    this.organisations = organisations;
  }

  @GetMapping("/clubs/{club}")
  String members(@PathVariable("club") long clubId, Model model) {
    Clubs.Club club = ClubById.of(clubs, clubId);
    return show(model, club, MembersForm.of(club));
  }

  @PostMapping("/clubs/{club}")
  String change(
      @PathVariable("club") long clubId,
      @ModelAttribute("form") MembersForm form,
      BindingResult errors,
      Account signedIn,
      Model model,
      RedirectAttributes redirect) {
    Clubs.Club club = ClubById.of(clubs, clubId);
    List<Organisation> members =
        organisations.all().stream().filter(o -> form.chose(o.code())).toList();
    long version;
    try {
      version = Long.parseLong(form.version() == null ? "" : form.version().strip());
    } catch (NumberFormatException e) {
      errors.reject("club.refused", "The form had no version: open it again from the clubs");
      return show(model, club, form);
    }
    try {
      clubs.changeMembers(club, version, members, signedIn.name());
    } catch (ClubRefusedException e) {
      if (e.field().equals("version")) {
        // the form shows the members as they are now
        Clubs.Club now = ClubById.of(clubs, clubId);
        MembersForm fresh = MembersForm.of(now);
        String page = show(model, now, fresh);
        StaleForms.refuseOn(model, "form", fresh, "club.refused", e.getMessage());
        return page;
      }
      errors.rejectValue(e.field(), "club.refused", e.getMessage());
      return show(model, club, form);
    }
    redirect.addFlashAttribute("changed", club.name());
    return "redirect:/clubs";
  }

  private String show(Model model, Clubs.Club club, MembersForm form) {
    model.addAttribute("club", club);
    model.addAttribute("form", form);
    model.addAttribute("organisations", organisations.all());
    return "clubs/club-members";
  }
}
