package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.web.SignedInSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrator using the account pages over HTTP as a browser does: open an account's page,
 * keep the version its forms carry, and send the account form, an assignment or a removal with it.
 */
public final class AdministratorPages {

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");

  private final SignedInSession session;

  private AdministratorPages(SignedInSession session) {
    this.session = session;
  }

  public static AdministratorPages signIn(int port, TestAccount administrator) {
    return new AdministratorPages(
        SignedInSession.signIn(port, administrator.username(), TestAccounts.PASSWORD));
  }

  public SignedInSession session() {
    return session;
  }

  /** Opens the account's page; the version its forms carry (empty when they carry none). */
  public String open(long account) {
    HttpResponse<String> page = session.get("/accounts/" + account);
    assertThat(page.statusCode()).as("the page of account %s", account).isEqualTo(200);
    Matcher version = VERSION.matcher(page.body());
    return version.find() ? version.group(1) : "";
  }

  /**
   * Sends the account form as opened on {@code version}: the account's details as they are, with
   * {@code changed} (names and values in turn) typed over them.
   *
   * @param organisation the organisation's code, or "every"
   */
  public HttpResponse<String> save(
      Account account, String organisation, String version, String... changed) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", account.name());
    fields.put("email", "");
    fields.put("role", account.role().name());
    fields.put("organisation", organisation);
    fields.put("password", "");
    fields.put("signIn", "allowed");
    if (version != null) {
      fields.put("version", version);
    }
    for (int i = 0; i < changed.length; i += 2) {
      fields.put(changed[i], changed[i + 1]);
    }
    return session.postForm("/accounts/" + account.id(), flat(fields));
  }

  /** Sends the form assigning an indicator, opened on {@code version}. */
  public HttpResponse<String> assign(long account, String version, String indicatorCode) {
    return session.postForm(
        "/accounts/" + account + "/assignments", "indicator", indicatorCode, "version", version);
  }

  /** Sends the form removing an assignment, opened on {@code version}. */
  public HttpResponse<String> remove(long account, long assignment, String version) {
    return session.postForm(
        "/accounts/" + account + "/assignments/" + assignment + "/remove", "version", version);
  }

  private static String[] flat(Map<String, String> fields) {
    List<String> flat = new ArrayList<>();
    fields.forEach(
        (name, value) -> {
          flat.add(name);
          flat.add(value);
        });
    return flat.toArray(String[]::new);
  }
}
