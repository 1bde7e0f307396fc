package beacon.security;

import beacon.account.Access;
import beacon.account.Account;
import beacon.account.Permissions;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Whether an account may send a request to an address of Beacon, by the {@link Routes} table: the
 * route's access, for the organisation named in its path (a route naming none acts for none) and
 * the indicator named in its path. The one place that decides it: {@link RouteAuthorization} asks
 * it for every request, and the pages ask it for every control they might show ({@link
 * PageControlsDialect}), with the very address the control points at, so that a page never shows a
 * control its route refuses.
 */
@Component
public class RouteAccess {

  private static final String ANSWERS = RouteAccess.class.getName() + ".answers";

  private final Permissions permissions;
  private final Organisations organisations;

  RouteAccess(Permissions permissions, Organisations organisations) {
    this.permissions = permissions;
    this.organisations = organisations;
  }

  /**
   * @param account empty for the public
   * @param address the path within Beacon, with its query if it has one
   */
  public boolean allows(Optional<Account> account, HttpMethod method, String address) {
    return answersFor(account).allows(method, address);
  }

  /** The answers for one account, each question asked once: a page asks about many links. */
  public Answers answersFor(Optional<Account> account) {
    return new Answers(account);
  }

  /**
   * The answers for the account within one request, kept on the request: the access check and the
   * controls of the page it answers with ask them once between them, and an organisation named in
   * their addresses is found once. A request is answered as the database was when it was asked;
   * nothing is kept beyond it.
   */
  Answers answersFor(Optional<Account> account, HttpServletRequest request) {
    if (request.getAttribute(ANSWERS) instanceof Answers kept && kept.account.equals(account)) {
      return kept;
    }
    Answers answers = new Answers(account);
    request.setAttribute(ANSWERS, answers);
    return answers;
  }

  /**
   * One account's answers. Each question (an access, organisation and indicator) is decided once,
   * and each organisation named is found once, so the links of one page cost a query per indicator
   * at most; not shared between threads.
   */
  public final class Answers {

    private final Optional<Account> account;
    private final Map<Question, Boolean> decided = new HashMap<>();
    private final Map<String, Optional<Long>> organisationIds = new HashMap<>();

    private Answers(Optional<Account> account) {
      this.account = account;
    }

    /** The organisation found for a code already, so that it is not looked up again. */
    void knowing(Organisation organisation) {
      organisationIds.put(organisation.code(), Optional.of(organisation.id()));
    }

    /** Whether the account may send this method to this address (a path, with its query). */
    public boolean allows(HttpMethod method, String address) {
      HttpMethod asked = method.equals(HttpMethod.HEAD) ? HttpMethod.GET : method;
      int query = address.indexOf('?');
      String path = query < 0 ? address : address.substring(0, query);
      Optional<Routes.Match> match = Routes.match(asked, path);
      if (match.isEmpty()) {
        // a page that does not exist is answered "not found" to a signed-in reader
        return asked.equals(HttpMethod.GET) && account.isPresent();
      }
      String organisation = match.get().variables().get("org");
      Question question =
          new Question(
              match.get().route().access(), organisation, match.get().variables().get("code"));
      return decided.computeIfAbsent(
          question,
          q ->
              permissions.allows(
                  account,
                  q.access(),
                  q.organisation(),
                  () -> idOf(q.organisation()),
                  q.indicator()));
    }

    private Optional<Long> idOf(String code) {
      if (code == null) {
        return Optional.empty();
      }
      return organisationIds.computeIfAbsent(
          code, c -> organisations.withCode(c).map(Organisation::id));
    }
  }

  private record Question(Access access, String organisation, String indicator) {}
}
