package beacon.catalogue;

import static beacon.catalogue.CatalogueForms.blankToNull;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.rating.RagSchemes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The RAG schemes API: an organisation's schemes, and a new one in force from a date, checked by
 * the same rules as the scheme form and recorded in the catalogue's history as the form's are.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/schemes")
@Tag(name = "RAG schemes", description = "How an organisation turns values and targets into RAG")
class SchemeApiController {

  /**
   * A scheme to add: its kind is TWO_STATE, RELATIVE_BAND (band a percentage), ABSOLUTE_BAND (band
   * a number of points), FLOOR, RELATIVE_BAND_WITH_TRAVEL (band a percentage; beyond it, Amber when
   * improved or maintained against the same period a year earlier) or TARGET_RANGE (band how far
   * the range reaches below the target and bandAbove how far above it, in points: Green within it
   * or better, Red worse); inForceFrom an ISO date; periodsBehindAllowed, if given, how many
   * periods behind the newest a report could show a value may be and still be rated.
   */
  record NewScheme(
      String name,
      String kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      String inForceFrom,
      String reason) {}

  record SchemeResource(
      long id,
      String name,
      String kind,
      BigDecimal band,
      BigDecimal bandAbove,
      Integer periodsBehindAllowed,
      String description,
      LocalDate inForceFrom,
      String inWords) {

    static SchemeResource of(RagSchemes.Scheme s) {
      return new SchemeResource(
          s.id(),
          s.name(),
          s.kind().name(),
          s.band() == null ? null : s.band().stripTrailingZeros(),
          s.bandAbove() == null ? null : s.bandAbove().stripTrailingZeros(),
          s.periodsBehindAllowed(),
          s.description(),
          s.inForceFrom(),
          s.describe());
    }
  }

  private final RagSchemes schemes;
  private final MessageSource messages;

  SchemeApiController(RagSchemes schemes, MessageSource messages) {
    this.schemes = schemes;
    this.messages = messages;
  }

  @GetMapping
  @Operation(summary = "The organisation's RAG schemes, with the day each comes into force")
  List<SchemeResource> list(@Parameter(hidden = true) Organisation organisation) {
    return schemes.schemesOf(organisation.id()).stream().map(SchemeResource::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One RAG scheme")
  SchemeResource one(
      @Parameter(hidden = true) Organisation organisation, @PathVariable("id") long id) {
    return schemes
        .scheme(organisation.id(), id)
        .map(SchemeResource::of)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    organisation.name() + " has no RAG scheme with the id " + id));
  }

  @PostMapping
  @Operation(
      summary = "Adds a RAG scheme in force for the organisation from a date",
      description =
          "{\"name\": \"2017/18 scheme\", \"kind\": \"RELATIVE_BAND\", \"band\": 10,"
              + " \"inForceFrom\": \"2017-04-01\"}: Amber within 10% of the green threshold from"
              + " 1 April 2017. Checked as the scheme form checks it; 422 naming each field at"
              + " fault, and nothing is written.")
  ResponseEntity<SchemeResource> add(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) NewScheme request,
      @Parameter(hidden = true) Account signedIn) {
    if (request == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Send the scheme: name, kind, band for a band, inForceFrom (such as 2017-04-01)");
    }
    SchemeForm form = asForm(request);
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    form.validate(
        errors,
        true,
        name -> schemes.named(organisation.id(), name).isPresent(),
        day -> schemes.nameInForceFrom(organisation.id(), day, null));
    CatalogueApiRefusals.refuseIfAny(errors, messages, SchemeApiController::field);
    long id =
        schemes.create(
            organisation.id(),
            form.name().trim(),
            form.chosenKind().orElseThrow(),
            form.bandForKind(),
            form.bandAboveForKind(),
            form.periodsBehindOrNull(),
            blankToNull(form.description()),
            form.inForceDate().orElseThrow(),
            form.edit(signedIn));
    return ResponseEntity.created(
            URI.create("/api/v1/organisations/" + organisation.code() + "/schemes/" + id))
        .body(SchemeResource.of(schemes.scheme(organisation.id(), id).orElseThrow()));
  }

  /** The request as the form would have it typed, the date in its three boxes. */
  private static SchemeForm asForm(NewScheme request) {
    String day = "";
    String month = "";
    String year = "";
    if (request.inForceFrom() != null && !request.inForceFrom().isBlank()) {
      try {
        LocalDate from = LocalDate.parse(request.inForceFrom().strip());
        day = String.valueOf(from.getDayOfMonth());
        month = String.valueOf(from.getMonthValue());
        year = String.valueOf(from.getYear());
      } catch (DateTimeParseException e) {
        day = "not a date";
      }
    }
    return new SchemeForm(
        null,
        request.reason(),
        request.name(),
        request.kind() == null ? null : request.kind().strip().toUpperCase(Locale.ROOT),
        request.band() == null ? null : request.band().toPlainString(),
        request.bandAbove() == null ? null : request.bandAbove().toPlainString(),
        request.periodsBehindAllowed() == null ? null : request.periodsBehindAllowed().toString(),
        request.description(),
        day,
        month,
        year,
        null);
  }

  /** The form's field as the request names it. */
  private static String field(String formField) {
    if (formField.equals("periodsBehind")) {
      return "periodsBehindAllowed";
    }
    return formField.startsWith("inForce") ? "inForceFrom" : formField;
  }
}
