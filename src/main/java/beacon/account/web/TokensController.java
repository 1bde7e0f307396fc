package beacon.account.web;

import beacon.account.Account;
import beacon.account.ApiTokens;
import beacon.account.SignedIn;
import beacon.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own personal API tokens: make one (shown once), see when each was used, revoke. */
@Controller
class TokensController {

  private static final int NAME_LENGTH = 100;

  private final ApiTokens tokens;

  TokensController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account/tokens")
  String list(Model model) {
    Account account = signedIn();
    model.addAttribute("tokens", tokens.of(account.id()));
    return "account/tokens";
  }

  @PostMapping("/account/tokens")
  String make(@RequestParam(name = "name", defaultValue = "") String name, Model model) {
    Account account = signedIn();
    String error =
        name.isBlank()
            ? "tokens.error.name"
            : name.strip().length() > NAME_LENGTH ? "tokens.error.nameLength" : null;
    if (error != null) {
      model.addAttribute("nameError", error);
      model.addAttribute("name", name);
    } else {
      model.addAttribute("made", tokens.make(account.id(), name.strip()));
    }
    model.addAttribute("tokens", tokens.of(account.id()));
    return "account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable("id") long id, RedirectAttributes redirect) {
    if (!tokens.revoke(signedIn().id(), id)) {
      throw new NotFoundException("You have no token " + id + " in use.");
    }
    redirect.addFlashAttribute("revoked", true);
    return "redirect:/account/tokens";
  }

  private static Account signedIn() {
    return SignedIn.account().orElseThrow();
  }
}
