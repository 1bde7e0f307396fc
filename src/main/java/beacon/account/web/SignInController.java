package beacon.account.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: a username and password, and a button for each single sign-on provider
 * configured. A failed password sign-in is told only that it failed, whatever the reason, so that
 * the page says nothing of whether the username exists, is locked or is stopped; and someone signed
 * out because their account was changed is told so.
 */
@Controller
class SignInController {

  private final ObjectProvider<InMemoryClientRegistrationRepository> registrations;

  SignInController(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      @RequestParam(name = "account-changed", required = false) String accountChanged,
      Model model) {
    model.addAttribute("error", error == null ? null : reason(error));
    model.addAttribute("signedOut", signedOut != null);
    model.addAttribute("accountChanged", accountChanged != null);
    model.addAttribute("signInLink", false);
    var providers = new java.util.ArrayList<ClientRegistration>();
    InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
    if (repository != null) {
      repository.forEach(providers::add);
    }
    model.addAttribute("providers", providers);
    return "account/sign-in";
  }

  /** Why a sign-in failed: a password sign-in is only ever "wrong"; single sign-on says more. */
  private static String reason(String error) {
    return switch (error) {
      case "stopped", "sign-on" -> error;
      default -> "wrong";
    };
  }
}
