package beacon.audit.web;

import beacon.audit.AuditTrail;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.rules.audit.Change;
import beacon.rules.audit.FieldChange;
import beacon.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit trail API: who changed what in an organisation, when, and why. */
@RestController
@Tag(name = "Audit trail", description = "Every change to a council's data: who, when, what, why")
class AuditApiController {

  /** One change. */
  record ChangeResource(
      OffsetDateTime changedAt,
      String username,
      String what,
      String action,
      String indicator,
      List<FieldResource> changes,
      String reason) {}

  /** One field a change set, altered or cleared: its value before and after. */
  record FieldResource(String field, String before, String after) {}

  private final Indicators indicators;
  private final AuditTrail trail;
  private final AuditWords words;

  AuditApiController(Indicators indicators, AuditTrail trail, AuditWords words) {
    this.indicators = indicators;
    this.trail = trail;
    this.words = words;
  }

  @GetMapping("/api/v1/organisations/{org}/audit")
  @Operation(
      summary = "The council's changes, newest first, a hundred a page",
      description =
          "A correction of a value, target, commentary, rating, benchmark or national link is one"
              + " change listing each field's value before and after.")
  ApiPage<ChangeResource> audit(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "Only the changes of the indicator with this code")
          @RequestParam(name = "indicator", required = false)
          String indicator,
      @Parameter(description = "Only the changes made by this username")
          @RequestParam(name = "user", required = false)
          String user,
      @Parameter(description = "Only the changes made on this day (England), e.g. 2026-11-24")
          @RequestParam(name = "day", required = false)
          String day,
      @Parameter(description = "Which page, counted from 1")
          @RequestParam(name = "page", defaultValue = "1")
          int page) {
    if (page < 1) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Pages are counted from 1: page " + page + " does not exist");
    }
    AuditFilter.Reading reading =
        AuditFilter.of(indicator, user, day).read(organisation, indicators);
    if (!reading.readable()) {
      AuditFilter.Problem problem = reading.problems().get(0);
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          problem.field() + ": " + words.message(problem.message(), problem.arguments()));
    }
    int size = AuditPageController.PER_PAGE;
    AuditTrail.Page read = trail.read(organisation.id(), reading.query(), page, size);
    return new ApiPage<>(
        read.changes().stream().map(this::resource).toList(),
        page,
        size,
        read.total(),
        (read.total() + size - 1) / size);
  }

  private ChangeResource resource(Change change) {
    return new ChangeResource(
        change.changedAt().atZone(AuditTrail.ENGLAND).toOffsetDateTime(),
        change.username(),
        words.what(change),
        change.kind().action(),
        change.indicatorCode(),
        change.fields().stream().map(AuditApiController::field).toList(),
        change.reason());
  }

  private static FieldResource field(FieldChange change) {
    return new FieldResource(change.field(), change.before(), change.after());
  }
}
