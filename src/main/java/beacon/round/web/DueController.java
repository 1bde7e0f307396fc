package beacon.round.web;

import beacon.account.SignedIn;
import beacon.organisation.Organisation;
import beacon.round.WhatIsDue;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "What is due from me": the signed-in person's indicators in the organisation's rounds. */
@Controller
class DueController {

  private final RoundPages pages;
  private final WhatIsDue whatIsDue;

  DueController(RoundPages pages, WhatIsDue whatIsDue) {
    this.pages = pages;
    this.whatIsDue = whatIsDue;
  }

  @GetMapping("/organisations/{org}/due")
  String due(@PathVariable("org") String org, Model model) {
    Organisation organisation = pages.organisation(org);
    model.addAttribute("organisation", organisation);
    model.addAttribute("signedIn", SignedIn.account().isPresent());
    model.addAttribute(
        "items",
        SignedIn.account()
            .map(account -> whatIsDue.from(account, organisation, RoundPages.today()))
            .orElse(List.of()));
    return "round/due";
  }
}
