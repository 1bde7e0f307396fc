package beacon.round.web;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.round.WhatIsDue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "What is due from me": the signed-in person's indicators in the organisation's rounds. */
@Controller
class DueController {

  private final WhatIsDue whatIsDue;

  DueController(WhatIsDue whatIsDue) {
    this.whatIsDue = whatIsDue;
  }

  @GetMapping("/organisations/{org}/due")
  String due(Organisation organisation, Account signedIn, Model model) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("items", whatIsDue.from(signedIn, organisation, RoundPages.today()));
    return "round/due";
  }
}
