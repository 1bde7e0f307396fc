package beacon.audit;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.web.OpenedForm;
import beacon.web.SignedInSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that writes leaves its mark in the audit trail, naming who wrote. The write routes
 * are read from Spring MVC's own list, as {@code RouteAccessIT} reads them; each is sent once, in
 * the order of {@link #writes()}, by an administrator signed in as a person is (page forms with
 * their real fields, sent with the session's CSRF token; the API with a personal token), on a
 * council made for this test. Each must be answered as a success and add at least one row to {@code
 * audit_event} naming the administrator.
 *
 * <p>A write route that is in neither {@link #writes()} nor {@link #CHANGES_NOTHING} fails the test
 * by name: a new write route is added here with a request that really changes data. Every broken
 * route is named in one run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryWriteRouteIsAuditedIT extends EmbeddedDatabaseForTests {

  /**
   * Write routes whose sending changes nothing by design, each with why. They are still sent, as a
   * step of the route that does write (see {@link #checkedImport}).
   */
  private static final Set<String> CHANGES_NOTHING =
      Set.of(
          // checks an uploaded file by a dry run and keeps it for the confirmation, which writes
          "POST /organisations/{org}/imports",
          // the old address of the import API, which answers that it has moved
          "POST /api/v1/imports/{kind}");

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final String MEASURE = "CP_conf_15days";
  private static final String BOUNDARY = "beacon-audit-test-boundary";

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient db;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private TestCouncil council;
  private TestCouncil fellowMember;
  private TestAccount administrator;
  private SignedInSession session;

  @BeforeAll
  void anAdministratorSignedInAndACouncilOfTheTestsOwn() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("A1", "80")
            .withQuarterlyIndicator("A2", "80")
            .withValue("A1", Q1, "75");
    fellowMember = councils.aCouncil();
    administrator = accounts.administrator();
    session = SignedInSession.signIn(port, administrator.username(), TestAccounts.PASSWORD);
  }

  @Test
  void everyWriteRouteLeavesARowInTheAuditTrailNamingWhoSentIt() {
    Set<String> routes = writeRoutes();
    Map<String, Supplier<HttpResponse<String>>> writes = writes();
    List<String> failures = new ArrayList<>();
    for (String route : routes) {
      if (!writes.containsKey(route) && !CHANGES_NOTHING.contains(route)) {
        failures.add(
            route
                + ": not sent by this test; add a request that changes data to writes(),"
                + " or add it to CHANGES_NOTHING saying why");
      }
    }
    for (String route :
        Stream.concat(writes.keySet().stream(), CHANGES_NOTHING.stream()).toList()) {
      if (!routes.contains(route)) {
        failures.add(route + ": listed by this test, but Beacon no longer answers it");
      }
    }
    writes.forEach((route, request) -> sendAndCheck(route, request).ifPresent(failures::add));
    assertThat(failures).as("write routes not answered or not audited").isEmpty();
  }

  /**
   * The request that really changes data for each write route, in the order they are sent: a route
   * needing a row another makes (an edit, a revocation, an approval) comes after it.
   */
  private Map<String, Supplier<HttpResponse<String>>> writes() {
    String org = "/organisations/" + council.code();
    String catalogue = org + "/catalogue";
    String api = "/api/v1/organisations/" + council.code() + "/indicators";
    String round = org + "/rounds/" + Q1.code();
    Map<String, Supplier<HttpResponse<String>>> writes = new LinkedHashMap<>();

    // one's own API tokens
    writes.put(
        "POST /account/tokens",
        () -> submit("/account/tokens", "/account/tokens", "name", "Audit test token"));
    writes.put(
        "POST /account/tokens/{id}/revoke",
        () -> submit("/account/tokens", "/account/tokens/" + auditTestTokenId() + "/revoke"));

    // accounts and their assignments
    writes.put(
        "POST /accounts/new",
        () ->
            submit(
                "/accounts/new",
                "/accounts/new",
                "username",
                contributorUsername(),
                "name",
                "Audited Contributor",
                "email",
                "",
                "role",
                "CONTRIBUTOR",
                "organisation",
                council.code(),
                "password",
                TestAccounts.PASSWORD));
    writes.put(
        "POST /accounts/{id}",
        () ->
            submit(
                contributorPage(),
                contributorPage(),
                "name",
                "Audited Contributor, renamed",
                "email",
                "",
                "role",
                "CONTRIBUTOR",
                "organisation",
                council.code(),
                "password",
                "",
                "signIn",
                "allowed"));
    writes.put(
        "POST /accounts/{id}/assignments",
        () -> submit(contributorPage(), contributorPage() + "/assignments", "indicator", "A1"));
    writes.put(
        "POST /accounts/{id}/assignments/{assignment}/remove",
        () ->
            submit(
                contributorPage(),
                contributorPage() + "/assignments/" + contributorAssignmentId() + "/remove"));

    // the catalogue
    writes.put(
        "POST /organisations/{org}/catalogue/indicators/new",
        () ->
            submit(
                catalogue + "/indicators/new",
                catalogue + "/indicators/new",
                newIndicator("B1", "Indicator B1")));
    writes.put(
        "POST /organisations/{org}/catalogue/indicators/{code}/edit",
        () ->
            submit(
                catalogue + "/indicators/B1/edit",
                catalogue + "/indicators/B1/edit",
                "title",
                "Indicator B1, retitled",
                "reason",
                "A clearer title"));
    writes.put(
        "POST /organisations/{org}/catalogue/portfolios/new",
        () ->
            submit(
                catalogue + "/portfolios/new",
                catalogue + "/portfolios/new",
                "name",
                "Adult Social Care",
                "cabinetMember",
                "Cllr Audit"));
    writes.put(
        "POST /organisations/{org}/catalogue/portfolios/{id}/edit",
        () -> {
          String edit =
              catalogue + "/portfolios/" + rowId("portfolio", "Adult Social Care") + "/edit";
          return submit(
              edit,
              edit,
              "name",
              "Adult Social Care",
              "cabinetMember",
              "Cllr Audit Again",
              "reason",
              "New cabinet member");
        });
    writes.put(
        "POST /organisations/{org}/catalogue/priorities/new",
        () ->
            submit(
                catalogue + "/priorities/new",
                catalogue + "/priorities/new",
                "name",
                "Healthy lives",
                "description",
                "Living well for longer"));
    writes.put(
        "POST /organisations/{org}/catalogue/priorities/{id}/edit",
        () -> {
          String edit = catalogue + "/priorities/" + rowId("priority", "Healthy lives") + "/edit";
          return submit(edit, edit, "name", "Healthy lives", "description", "Living well");
        });
    writes.put(
        "POST /organisations/{org}/catalogue/themes/new",
        () ->
            submit(
                catalogue + "/themes/new",
                catalogue + "/themes/new",
                "priority",
                String.valueOf(rowId("priority", "Healthy lives")),
                "name",
                "Early help",
                "position",
                "1"));
    writes.put(
        "POST /organisations/{org}/catalogue/themes/{id}/edit",
        () -> {
          String edit = catalogue + "/themes/" + themeId("Early help") + "/edit";
          return submit(
              edit,
              edit,
              "priority",
              String.valueOf(rowId("priority", "Healthy lives")),
              "name",
              "Early help",
              "position",
              "2");
        });
    writes.put(
        "POST /organisations/{org}/catalogue/schemes/new",
        () ->
            submit(
                catalogue + "/schemes/new",
                catalogue + "/schemes/new",
                newScheme("Bands from 2025", "5")));
    writes.put(
        "POST /organisations/{org}/catalogue/schemes/{id}/edit",
        () -> {
          String edit = catalogue + "/schemes/" + rowId("rag_scheme", "Bands from 2025") + "/edit";
          return submit(edit, edit, "band", "10", "reason", "A wider amber band", "action", "save");
        });

    // an indicator's figures, commentary and national measure
    writes.put(
        "POST /organisations/{org}/indicators/{code}/value",
        () ->
            submit(
                org + "/indicators/A1/value?period=2024-25-Q2",
                org + "/indicators/A1/value",
                "value",
                "78"));
    writes.put(
        "POST /organisations/{org}/indicators/{code}/target",
        () ->
            submit(
                org + "/indicators/A1/target?period=2024-25-Q2",
                org + "/indicators/A1/target",
                "target",
                "82"));
    writes.put(
        "POST /organisations/{org}/indicators/{code}/commentary",
        () ->
            submit(
                org + "/indicators/A1/commentary?period=" + Q1.code(),
                org + "/indicators/A1/commentary",
                "narrative",
                "Below target while the new team settles in.",
                "actions",
                "Weekly review of open assessments",
                "state",
                "SUBMITTED"));
    writes.put(
        "POST /organisations/{org}/indicators/{code}/national",
        () ->
            submit(
                org + "/indicators/A1/national?q=" + MEASURE,
                org + "/indicators/A1/national",
                "measure",
                MEASURE,
                "reason",
                "The national measure of the same count"));
    writes.put(
        "PUT /api/v1/organisations/{org}/indicators/{code}/national-link",
        () ->
            api(
                "PUT",
                api + "/A2/national-link",
                "{\"measure\":\"" + MEASURE + "\",\"reason\":\"Compared nationally\"}"));
    writes.put(
        "POST /organisations/{org}/catalogue/indicators/{code}/schemes",
        () ->
            submit(
                catalogue + "/indicators/A1/schemes",
                catalogue + "/indicators/A1/schemes",
                "scheme",
                String.valueOf(rowId("rag_scheme", "Two states")),
                "inForceDay",
                "1",
                "inForceMonth",
                "4",
                "inForceYear",
                "2024"));
    writes.put(
        "POST /organisations/{org}/catalogue/indicators/{code}/schemes/{id}/end",
        () -> {
          String uses = catalogue + "/indicators/A1/schemes";
          return submit(uses, uses + "/" + ownSchemeOf("A1") + "/end");
        });
    writes.put(
        "POST /api/v1/organisations/{org}/indicators/{code}/schemes",
        () ->
            api(
                "POST",
                api + "/A2/schemes",
                "{\"scheme\":\"Two states\",\"inForceFrom\":\"2024-04-01\"}"));
    writes.put(
        "DELETE /api/v1/organisations/{org}/indicators/{code}/schemes/{id}",
        () -> api("DELETE", api + "/A2/schemes/" + ownSchemeOf("A2"), ""));
    writes.put(
        "POST /organisations/{org}/catalogue/starter-set",
        () ->
            submit(
                catalogue + "/starter-set", catalogue + "/starter-set", "measures", "LACDistance"));
    writes.put(
        "POST /api/v1/organisations/{org}/starter-set",
        () ->
            api(
                "POST",
                "/api/v1/organisations/" + council.code() + "/starter-set",
                "{\"measures\":[\"ReReferral\"]}"));
    writes.put(
        "DELETE /api/v1/organisations/{org}/indicators/{code}/national-link",
        () -> api("DELETE", api + "/A2/national-link", "{\"reason\":\"No longer compared\"}"));

    // imports
    writes.put(
        "POST /organisations/{org}/imports/confirm",
        () -> submitted(checkedImport(valuesFile("2024-25-Q3", "71")), org + "/imports/confirm"));
    writes.put(
        "POST /api/v1/organisations/{org}/imports/{kind}",
        () ->
            session.send(
                HttpRequest.newBuilder(
                        uri(
                            "/api/v1/organisations/"
                                + council.code()
                                + "/imports/values?reason=Returned"))
                    .header("Authorization", administrator.bearer())
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(multipart(Map.of(), valuesFile("2024-25-Q4", "73")))
                    .build()));

    // the collection round, sign-off and the paper it goes to committee in
    writes.put(
        "POST /organisations/{org}/rounds",
        () ->
            submit(
                org + "/rounds",
                org + "/rounds",
                dueDates("22", "period", Q1.code(), "note", "First round of the year")));
    writes.put(
        "POST /organisations/{org}/rounds/{period}",
        () -> submit(round, round, dueDates("29", "reason", "The data came late")));
    writes.put(
        "POST /organisations/{org}/rounds/{period}/indicators/{code}/approve",
        () -> submit(round + "/indicators/A1/approve", round + "/indicators/A1/approve"));
    writes.put(
        "POST /organisations/{org}/papers/front-sheets/{layout}",
        () ->
            submit(
                org + "/papers/front-sheets/committee-summary",
                org + "/papers/front-sheets/committee-summary",
                "wards",
                "None Specific"));
    writes.put(
        "POST /organisations/{org}/papers",
        () ->
            submit(
                org + "/papers?layout=exceptions&period=" + Q1.code(),
                org + "/papers",
                "note",
                "For the committee"));
    writes.put(
        "POST /organisations/{org}/rounds/{period}/indicators/{code}/return",
        () ->
            submit(
                round + "/indicators/A1/approve",
                round + "/indicators/A1/return",
                "reason",
                "Say what the review found"));
    // setting up councils, and their names
    writes.put(
        "POST /organisations/new",
        () -> submit("/organisations/new", "/organisations/new", "code", "330"));
    writes.put(
        "POST /organisations/new/other",
        () ->
            submit(
                "/organisations/new/other",
                "/organisations/new/other",
                "code",
                "AUDIT-TRUST",
                "name",
                "Audited Children's Trust"));
    writes.put(
        "POST /api/v1/organisations",
        () -> api("POST", "/api/v1/organisations", "{\"code\":\"331\"}"));
    writes.put(
        "POST /api/v1/organisations/{org}/portfolios",
        () ->
            api(
                "POST",
                "/api/v1/organisations/" + council.code() + "/portfolios",
                "{\"name\":\"Audited portfolio\"}"));
    writes.put(
        "POST /api/v1/organisations/{org}/priorities",
        () ->
            api(
                "POST",
                "/api/v1/organisations/" + council.code() + "/priorities",
                "{\"name\":\"Audited priority\"}"));
    writes.put(
        "POST /api/v1/organisations/{org}/themes",
        () ->
            api(
                "POST",
                "/api/v1/organisations/" + council.code() + "/themes",
                "{\"priority\":\"Audited priority\",\"name\":\"Audited theme\"}"));
    writes.put(
        "POST /api/v1/organisations/{org}/schemes",
        () ->
            api(
                "POST",
                "/api/v1/organisations/" + council.code() + "/schemes",
                "{\"name\":\"Audited scheme\",\"kind\":\"TWO_STATE\",\"inForceFrom\":\"2030-04-01\"}"));
    writes.put(
        "POST /organisations/{org}/settings",
        () -> submit(org + "/settings", org + "/settings", "shortName", "Audited"));
    writes.put(
        "PUT /api/v1/organisations/{org}/settings",
        () ->
            api(
                "PUT",
                "/api/v1/organisations/" + council.code() + "/settings",
                "{\"version\":" + councilVersion() + ",\"name\":\"Audited council\"}"));

    // benchmarking clubs: set up, and an indicator shared with one and no longer shared
    writes.put(
        "POST /clubs",
        () -> {
          if (session.get("/clubs").statusCode() != 200) {
            throw new IllegalStateException("The clubs page did not open");
          }
          return session.postForm(
              "/clubs",
              "name",
              "Audited club",
              "members",
              council.code(),
              "members",
              fellowMember.code());
        });
    writes.put(
        "POST /api/v1/clubs",
        () ->
            api(
                "POST",
                "/api/v1/clubs",
                "{\"name\":\"Audited API club\",\"members\":[\""
                    + council.code()
                    + "\",\""
                    + fellowMember.code()
                    + "\"]}"));
    writes.put(
        "POST /clubs/{club}",
        () -> {
          String club = clubId("Audited club");
          if (session.get("/clubs/" + club).statusCode() != 200) {
            throw new IllegalStateException("The club's members page did not open");
          }
          return session.postForm(
              "/clubs/" + club,
              "version",
              clubVersion("Audited club"),
              "members",
              council.code(),
              "members",
              fellowMember.code());
        });
    writes.put(
        "PUT /api/v1/clubs/{club}/members",
        () ->
            api(
                "PUT",
                "/api/v1/clubs/" + clubId("Audited API club") + "/members",
                "{\"version\":"
                    + clubVersion("Audited API club")
                    + ",\"members\":[\""
                    + council.code()
                    + "\",\""
                    + fellowMember.code()
                    + "\"]}"));
    writes.put(
        "POST /organisations/{org}/indicators/{code}/clubs",
        () ->
            submit(
                org + "/indicators/A1",
                org + "/indicators/A1/clubs",
                "club",
                clubId("Audited club"),
                "measure",
                "Audited measure"));
    writes.put(
        "POST /organisations/{org}/indicators/{code}/clubs/{club}/end",
        () ->
            submit(
                org + "/indicators/A1",
                org + "/indicators/A1/clubs/" + clubId("Audited club") + "/end"));
    writes.put(
        "PUT /api/v1/organisations/{org}/indicators/{code}/clubs/{club}",
        () ->
            api(
                "PUT",
                api + "/A2/clubs/" + clubId("Audited API club"),
                "{\"measure\":\"Audited measure\"}"));
    writes.put(
        "DELETE /api/v1/organisations/{org}/indicators/{code}/clubs/{club}",
        () -> api("DELETE", api + "/A2/clubs/" + clubId("Audited API club"), "{}"));

    return writes;
  }

  private String clubVersion(String name) {
    return String.valueOf(
        db.sql("select version from benchmarking_club where name = :name")
            .param("name", name)
            .query(Long.class)
            .single());
  }

  private String clubId(String name) {
    return String.valueOf(
        db.sql("select id from benchmarking_club where name = :name")
            .param("name", name)
            .query(Long.class)
            .single());
  }

  /**
   * Sends one route's request and checks it.
   *
   * @return what is wrong, if anything
   */
  private long councilVersion() {
    return db.sql("select version from organisation where code = :code")
        .param("code", council.code())
        .query(Long.class)
        .single();
  }

  private Optional<String> sendAndCheck(String route, Supplier<HttpResponse<String>> request) {
    long before = lastAuditId();
    HttpResponse<String> answer;
    try {
      answer = request.get();
    } catch (RuntimeException | AssertionError e) {
      return Optional.of(route + ": could not be sent: " + e.getMessage());
    }
    String refused = refusal(answer);
    if (refused != null) {
      return Optional.of(route + ": " + refused);
    }
    List<String> byAdministrator = auditedSince(before, true);
    if (byAdministrator.isEmpty()) {
      List<String> byOthers = auditedSince(before, false);
      return Optional.of(
          route
              + ": answered "
              + answer.statusCode()
              + " but wrote no audit_event row by "
              + administrator.username()
              + (byOthers.isEmpty() ? "" : "; rows by others: " + byOthers));
    }
    return Optional.empty();
  }

  /**
   * Why the answer is not a success, or null when it is one: a 2xx answer that is not a form shown
   * again with its errors, or a redirect that is not to the sign-in page.
   */
  private static String refusal(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String location = answer.headers().firstValue("Location").orElse("");
    if (status == 302 && !location.contains("/sign-in") && !location.contains("/error")) {
      return null;
    }
    if (status >= 200 && status < 300 && !answer.body().contains("govuk-error-summary")) {
      return null;
    }
    return "answered "
        + status
        + (location.isEmpty() ? "" : " to " + location)
        + (answer.body().contains("govuk-error-summary") ? " with errors: " : ": ")
        + shortText(errorsOf(answer.body()));
  }

  /** The write routes Spring MVC answers, as "METHOD /pattern". */
  private Set<String> writeRoutes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String path : info.getPatternValues()) {
        if (path.equals("/error") || path.startsWith("/tests/")) {
          continue;
        }
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          if (method != RequestMethod.GET && method != RequestMethod.HEAD) {
            routes.add(method + " " + path);
          }
        }
      }
    }
    return routes;
  }

  // --- sending as a person does

  /**
   * Opens a page and sends its form that posts to {@code action}, as a person does: with the form's
   * hidden fields as the page gave them and the fields typed, {@code name, value, ...}.
   */
  private HttpResponse<String> submit(String page, String action, String... typed) {
    HttpResponse<String> opened = session.get(page);
    if (opened.statusCode() != 200) {
      throw new IllegalStateException("The page " + page + " answered " + opened.statusCode());
    }
    return submitted(opened, action, typed);
  }

  /** Sends the form of an answer that posts to {@code action}, as {@link #submit} does. */
  private HttpResponse<String> submitted(
      HttpResponse<String> page, String action, String... typed) {
    Form form = formOf(page.body(), action);
    Map<String, String> fields = new LinkedHashMap<>(form.fields());
    for (int i = 0; i < typed.length; i += 2) {
      fields.put(typed[i], typed[i + 1]);
    }
    fields.remove("_csrf");
    return session.postForm(
        form.action(),
        fields.entrySet().stream()
            .flatMap(f -> Stream.of(f.getKey(), f.getValue()))
            .toArray(String[]::new));
  }

  /** A form of a page: where it posts and its fields as the page filled them. */
  private record Form(String action, Map<String, String> fields) {}

  private static Form formOf(String html, String action) {
    OpenedForm.Filled form =
        OpenedForm.filled(html, action, null, null)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The page has no form posting to " + action + ": " + shortText(html)));
    return new Form(form.posts(), form.fields());
  }

  /**
   * Checks a file on the import page, as a person uploads it there; the answer shows the
   * confirmation form of the file kept.
   */
  private HttpResponse<String> checkedImport(String valuesCsv) {
    String org = "/organisations/" + council.code();
    HttpResponse<String> checked =
        session.send(
            HttpRequest.newBuilder(
                    uri(
                        org
                            + "/imports?_csrf="
                            + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipart(Map.of("kind", "values", "reason", ""), valuesCsv))
                .build());
    if (checked.statusCode() != 200 || checked.body().contains("govuk-error-summary")) {
      throw new IllegalStateException(
          "The import page refused the file: "
              + checked.statusCode()
              + " "
              + shortText(errorsOf(checked.body())));
    }
    return checked;
  }

  private HttpResponse<String> api(String method, String path, String json) {
    return session.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", administrator.bearer())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpRequest.BodyPublisher multipart(Map<String, String> fields, String csv) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n"
                + csv
                + "\r\n--"
                + BOUNDARY
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  // --- what the forms are typed with

  private static String valuesFile(String period, String value) {
    return "indicator_code,period,value,numerator,denominator,marker,provisional,note\n"
        + "A1,"
        + period
        + ","
        + value
        + ",,,,no,\n";
  }

  private static String[] newIndicator(String code, String title) {
    return new String[] {
      "code", code,
      "title", title,
      "definition", "How " + code + " is counted",
      "polarity", "HIGH",
      "unit", "PERCENT",
      "decimalPlaces", "0",
      "frequency", "FINANCIAL_QUARTER",
      "dataPeriod", "",
      "lagMonths", "0",
      "targetType", "",
      "owner", "Head of Service",
      "status", "ACTIVE",
      "portfolio", "",
      "priority", "",
      "theme", "",
      "reportedFrom", "2024-25",
      "reportedTo", "",
      "position", "0",
      "reason", "Reported to the committee"
    };
  }

  private static String[] newScheme(String name, String band) {
    return new String[] {
      "name", name,
      "kind", "RELATIVE_BAND",
      "band", band,
      "description", "Amber within the band of the target",
      "inForceDay", "1",
      "inForceMonth", "4",
      "inForceYear", "2025",
      "reason", "Agreed by the committee",
      "action", "save"
    };
  }

  /** Due dates of a round: the data on 15 July 2024, the commentary that July day; more after. */
  private static String[] dueDates(String commentaryDay, String... more) {
    return Stream.concat(
            Stream.of(
                "dataDueDay", "15",
                "dataDueMonth", "7",
                "dataDueYear", "2024",
                "commentaryDueDay", commentaryDay,
                "commentaryDueMonth", "7",
                "commentaryDueYear", "2024"),
            Stream.of(more))
        .toArray(String[]::new);
  }

  private String contributorUsername() {
    return "audited-contributor-" + council.code().toLowerCase();
  }

  // --- rows an earlier route made

  private String contributorPage() {
    long id =
        db.sql("select id from account where username = :username")
            .param("username", contributorUsername())
            .query(Long.class)
            .single();
    return "/accounts/" + id;
  }

  private long contributorAssignmentId() {
    return db.sql(
            """
            select s.id from account_assignment s join account a on a.id = s.account_id
             where a.username = :username
            """)
        .param("username", contributorUsername())
        .query(Long.class)
        .single();
  }

  private long auditTestTokenId() {
    return db.sql(
            """
            select max(id) from api_token
             where account_id = :account and name = 'Audit test token' and revoked_at is null
            """)
        .param("account", administrator.account().id())
        .query(Long.class)
        .single();
  }

  /** The id of the council's portfolio, priority or rating scheme of this name. */
  /** The id of the indicator's own scheme, the one in force from the latest day. */
  private long ownSchemeOf(String indicator) {
    return db.sql(
            """
            select u.id from rag_scheme_use u join indicator i on i.id = u.indicator_id
             where i.organisation_id = :organisation and i.code = :code
             order by u.effective_from desc limit 1
            """)
        .param("organisation", council.id())
        .param("code", indicator)
        .query(Long.class)
        .single();
  }

  private long rowId(String table, String name) {
    return db.sql(
            "select id from " + table + " where organisation_id = :organisation and name = :name")
        .param("organisation", council.id())
        .param("name", name)
        .query(Long.class)
        .single();
  }

  private long themeId(String name) {
    return db.sql(
            """
            select t.id from theme t join priority p on p.id = t.priority_id
             where p.organisation_id = :organisation and t.name = :name
            """)
        .param("organisation", council.id())
        .param("name", name)
        .query(Long.class)
        .single();
  }

  // --- the audit trail

  private long lastAuditId() {
    return db.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
  }

  /** The rows written since, as "username table action", by the administrator or by others. */
  private List<String> auditedSince(long before, boolean byAdministrator) {
    return db.sql(
            "select username || ' ' || table_name || ' ' || action from audit_event"
                + " where id > :before and (username = :username) = :by order by id")
        .param("before", before)
        .param("username", administrator.username())
        .param("by", byAdministrator)
        .query(String.class)
        .list();
  }

  // --- reading answers

  private static String errorsOf(String html) {
    int summary = html.indexOf("govuk-error-summary");
    return summary < 0 ? html : html.substring(summary);
  }

  private static String shortText(String html) {
    String text = html.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
