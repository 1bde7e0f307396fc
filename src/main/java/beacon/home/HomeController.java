package beacon.home;

import beacon.account.Account;
import beacon.account.SignedIn;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.publishing.PublishedPapers;
import beacon.security.RouteAccess;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page. Signed in: the organisations the account belongs to, each leading to its
 * dashboard; while Beacon holds no council, an administrator of every organisation is taken to set
 * up theirs. For the public: each organisation's published committee papers, and a way to sign in.
 */
@Controller
class HomeController {

  private static final String SET_UP = "/organisations/new";

  private final Organisations organisations;
  private final PublishedPapers papers;
  private final RouteAccess access;

  HomeController(Organisations organisations, PublishedPapers papers, RouteAccess access) {
    this.organisations = organisations;
    this.papers = papers;
    this.access = access;
  }

  @GetMapping("/")
  String home(Model model) {
    List<Organisation> all = organisations.all();
    Optional<Account> account = SignedIn.account();
    if (account.isPresent() && all.isEmpty() && access.allows(account, HttpMethod.GET, SET_UP)) {
      return "redirect:" + SET_UP;
    }
    if (account.isPresent()) {
      // only the account's own: to anyone else another organisation is not there
      model.addAttribute(
          "organisations", all.stream().filter(o -> account.get().belongsTo(o.id())).toList());
      return "home/home";
    }
    model.addAttribute(
        "published",
        all.stream()
            .map(o -> new OrganisationPapers(o, papers.listFor(o.code())))
            .filter(o -> !o.papers().isEmpty())
            .toList());
    return "home/public";
  }

  /** An organisation with its published papers, the latest first. */
  record OrganisationPapers(Organisation organisation, List<PublishedPapers.Publication> papers) {}
}
