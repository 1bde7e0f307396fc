package beacon.audit.web;

import beacon.audit.AuditTrail;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.web.Pagination;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail page of an organisation, filtered by indicator, user and day, a hundred changes a
 * page, newest first; and the same changes as CSV.
 */
@Controller
class AuditPageController {

  static final int PER_PAGE = 100;

  private final Indicators indicators;
  private final AuditTrail trail;
  private final AuditWords words;

  AuditPageController(Indicators indicators, AuditTrail trail, AuditWords words) {
    this.indicators = indicators;
    this.trail = trail;
    this.words = words;
  }

  @GetMapping("/organisations/{org}/audit")
  String page(
      Organisation organisation,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "user", required = false) String user,
      @RequestParam(name = "day", required = false) String day,
      @RequestParam(name = "page", required = false) String page,
      Model model,
      HttpServletResponse response) {
    AuditFilter filter = AuditFilter.of(indicator, user, day);
    AuditFilter.Reading reading = filter.read(organisation, indicators);
    model.addAttribute("organisation", organisation);
    model.addAttribute("filter", filter);
    model.addAttribute("csv", link(organisation, filter, null, ".csv"));
    if (!reading.readable()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", errors(reading.problems()));
      model.addAttribute("lines", List.of());
      return "audit/trail";
    }
    int wanted = pageNumber(page);
    AuditTrail.Page read = trail.read(organisation.id(), reading.query(), wanted, PER_PAGE);
    Pagination<Integer> shown = pagination(read.total(), wanted);
    if (shown.page() != wanted) {
      read = trail.read(organisation.id(), reading.query(), shown.page(), PER_PAGE);
    }
    Map<Integer, String> links = new LinkedHashMap<>();
    for (int n = 1; n <= shown.pages(); n++) {
      links.put(n, link(organisation, filter, n, ""));
    }
    model.addAttribute("errors", Map.of());
    model.addAttribute("lines", read.changes().stream().map(c -> AuditLine.of(c, words)).toList());
    model.addAttribute("shown", shown);
    model.addAttribute("links", links);
    return "audit/trail";
  }

  @GetMapping("/organisations/{org}/audit.csv")
  void csv(
      Organisation organisation,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "user", required = false) String user,
      @RequestParam(name = "day", required = false) String day,
      HttpServletResponse response)
      throws IOException {
    AuditFilter filter = AuditFilter.of(indicator, user, day);
    AuditFilter.Reading reading = filter.read(organisation, indicators);
    if (!reading.readable()) {
      AuditFilter.Problem problem = reading.problems().get(0);
      response.sendError(
          HttpStatus.BAD_REQUEST.value(), words.message(problem.message(), problem.arguments()));
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fileName(organisation, filter), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    AuditCsv.write(trail.all(organisation.id(), reading.query()), words, response.getWriter());
  }

  private Map<String, String> errors(List<AuditFilter.Problem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (AuditFilter.Problem problem : problems) {
      errors.put(problem.field(), words.message(problem.message(), problem.arguments()));
    }
    return errors;
  }

  /** audit-825-CSC-ASSESS-45-2026-11-24.csv: the organisation and the filters set. */
  static String fileName(Organisation organisation, AuditFilter filter) {
    StringBuilder name = new StringBuilder("audit-").append(organisation.code());
    for (String part : new String[] {filter.indicator(), filter.user(), filter.day()}) {
      if (part != null) {
        name.append('-').append(part.replaceAll("[^A-Za-z0-9.-]+", "_"));
      }
    }
    return name.append(".csv").toString();
  }

  private static String link(
      Organisation organisation, AuditFilter filter, Integer page, String suffix) {
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath("/organisations/{org}/audit" + suffix);
    if (filter.indicator() != null) {
      link.queryParam("indicator", filter.indicator());
    }
    if (filter.user() != null) {
      link.queryParam("user", filter.user());
    }
    if (filter.day() != null) {
      link.queryParam("day", filter.day());
    }
    if (page != null && page > 1) {
      link.queryParam("page", page);
    }
    return link.encode().buildAndExpand(organisation.code()).toUriString();
  }

  /** The GOV.UK pagination of the changes: a page after the last shows the last. */
  private static Pagination<Integer> pagination(int total, int wanted) {
    int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
    int page = Math.min(wanted, pages);
    int from = (page - 1) * PER_PAGE;
    return new Pagination<>(
        List.of(), page, pages, from + 1, Math.min(from + PER_PAGE, total), total);
  }

  private static int pageNumber(String page) {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
