package beacon.web;

import beacon.organisation.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the organisations Beacon holds, each leading to its dashboard. */
@Controller
class HomeController {

  private final Organisations organisations;

  HomeController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "home";
  }
}
