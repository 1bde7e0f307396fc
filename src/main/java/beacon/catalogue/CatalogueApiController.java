package beacon.catalogue;

import static beacon.catalogue.CatalogueForms.blankToNull;

import beacon.account.Account;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Portfolio;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Priority;
import beacon.indicator.Theme;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portfolios, priorities and themes of an organisation's catalogue by API, each added as its
 * form adds it: checked by the form's own rules (422 naming each field at fault, nothing written),
 * kept in the catalogue's history under the signed-in account.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}")
@Tag(name = "Indicators")
class CatalogueApiController {

  record NewPortfolio(String name, String cabinetMember, String note, String reason) {}

  record NewPriority(String name, String description, String reason) {}

  /** A theme: the name of the priority it belongs to, its name and its position. */
  record NewTheme(String priority, String name, Integer position, String reason) {}

  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final MessageSource messages;

  CatalogueApiController(
      Portfolios portfolios, Priorities priorities, Themes themes, MessageSource messages) {
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.messages = messages;
  }

  @GetMapping("/portfolios")
  @Operation(summary = "The organisation's portfolios")
  List<Portfolio> portfolios(@Parameter(hidden = true) Organisation organisation) {
    return portfolios.of(organisation.id());
  }

  @PostMapping("/portfolios")
  @Operation(
      summary = "Adds a portfolio",
      description = "{\"name\": \"Children's Services\", \"cabinetMember\": \"Cllr Ann Smith\"}")
  ResponseEntity<Portfolio> addPortfolio(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) NewPortfolio request,
      @Parameter(hidden = true) Account signedIn) {
    NewPortfolio sent = sent(request, "the portfolio: name, cabinetMember");
    PortfolioForm form =
        new PortfolioForm(null, sent.reason(), sent.name(), sent.cabinetMember(), sent.note());
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    form.validate(
        errors, name -> CatalogueEntry.nameTaken(portfolios.of(organisation.id()), name, null));
    CatalogueApiRefusals.refuseIfAny(errors, messages, UnaryOperator.identity());
    long id =
        portfolios.create(
            organisation.id(),
            form.name().trim(),
            blankToNull(form.cabinetMember()),
            blankToNull(form.note()),
            form.edit(signedIn));
    return created(
        organisation, "portfolios", portfolios.withId(organisation.id(), id).orElseThrow());
  }

  @GetMapping("/priorities")
  @Operation(summary = "The organisation's priorities")
  List<Priority> priorities(@Parameter(hidden = true) Organisation organisation) {
    return priorities.of(organisation.id());
  }

  @PostMapping("/priorities")
  @Operation(summary = "Adds a priority", description = "{\"name\": \"Safe children\"}")
  ResponseEntity<Priority> addPriority(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) NewPriority request,
      @Parameter(hidden = true) Account signedIn) {
    NewPriority sent = sent(request, "the priority: name, description");
    PriorityForm form = new PriorityForm(null, sent.reason(), sent.name(), sent.description());
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    form.validate(
        errors, name -> CatalogueEntry.nameTaken(priorities.of(organisation.id()), name, null));
    CatalogueApiRefusals.refuseIfAny(errors, messages, UnaryOperator.identity());
    long id =
        priorities.create(
            organisation.id(),
            form.name().trim(),
            blankToNull(form.description()),
            form.edit(signedIn));
    return created(
        organisation, "priorities", priorities.withId(organisation.id(), id).orElseThrow());
  }

  @GetMapping("/themes")
  @Operation(summary = "The organisation's themes, each with its priority")
  List<Theme> themes(@Parameter(hidden = true) Organisation organisation) {
    return themes.of(organisation.id());
  }

  @PostMapping("/themes")
  @Operation(
      summary = "Adds a theme to a priority",
      description = "{\"priority\": \"Safe children\", \"name\": \"Assessment\", \"position\": 1}")
  ResponseEntity<Theme> addTheme(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) NewTheme request,
      @Parameter(hidden = true) Account signedIn) {
    NewTheme sent = sent(request, "the theme: priority, name, position");
    List<Priority> choices = priorities.of(organisation.id());
    String priority =
        choices.stream()
            .filter(p -> p.name().equals(sent.priority() == null ? "" : sent.priority().strip()))
            .map(p -> String.valueOf(p.id()))
            .findFirst()
            .orElse("");
    ThemeForm form =
        new ThemeForm(
            null,
            sent.reason(),
            priority,
            sent.name(),
            sent.position() == null ? null : sent.position().toString());
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    form.validate(
        errors,
        choices,
        (chosen, name) ->
            CatalogueEntry.nameTaken(
                themes.of(organisation.id()).stream()
                    .filter(t -> t.priorityId() == chosen)
                    .toList(),
                name,
                null));
    CatalogueApiRefusals.refuseIfAny(errors, messages, UnaryOperator.identity());
    long id =
        themes.create(
            organisation.id(),
            form.priorityIn(choices).orElseThrow().id(),
            form.name().trim(),
            form.positionNumber(),
            form.edit(signedIn));
    return created(organisation, "themes", themes.withId(organisation.id(), id).orElseThrow());
  }

  private static <T> T sent(T request, String what) {
    if (request == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send " + what);
    }
    return request;
  }

  private static <T extends CatalogueEntry> ResponseEntity<T> created(
      Organisation organisation, String kind, T entry) {
    return ResponseEntity.created(
            URI.create(
                "/api/v1/organisations/" + organisation.code() + "/" + kind + "/" + entry.id()))
        .body(entry);
  }
}
