package beacon.catalogue;

import static beacon.catalogue.CatalogueForms.blankToNull;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.scorecard.NoScorecardException;
import beacon.scorecard.Scorecards;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adds a RAG scheme and changes one, keeping what it was; before saving, previews how a reporting
 * period's indicators would be rated under it.
 */
@Controller
class SchemeFormController {

  private static final String VIEW = "catalogue/scheme-form";

  private final CatalogueForms forms;
  private final RagSchemes schemes;
  private final Scorecards scorecards;
  private final ReportingPeriods reportingPeriods;

  SchemeFormController(
      CatalogueForms forms,
      RagSchemes schemes,
      Scorecards scorecards,
      ReportingPeriods reportingPeriods) {
    this.forms = forms;
    this.schemes = schemes;
    this.scorecards = scorecards;
    this.reportingPeriods = reportingPeriods;
  }

  @GetMapping("/organisations/{org}/catalogue/schemes/new")
  String newForm(Organisation organisation, Model model) {
    return show(model, organisation, SchemeForm.empty(), null, null);
  }

  @PostMapping("/organisations/{org}/catalogue/schemes/new")
  String create(
      Organisation organisation,
      @RequestParam(defaultValue = "save") String action,
      @ModelAttribute("form") SchemeForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    boolean saving = !"preview".equals(action);
    form.validate(
        errors,
        saving,
        name -> schemes.named(organisation.id(), name).isPresent(),
        day -> schemes.nameInForceFrom(organisation.id(), day, null));
    if (errors.hasErrors() || !saving) {
      return show(
          model, organisation, form, null, errors.hasErrors() ? null : preview(organisation, form));
    }
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
    return CatalogueForms.backToOverview(organisation, "scheme", form.name().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/schemes/{id}/edit")
  String editForm(Organisation organisation, @PathVariable long id, Model model) {
    RagSchemes.Scheme scheme = scheme(organisation, id);
    SchemeForm form = SchemeForm.editing(scheme, forms.version(Table.RAG_SCHEME, id));
    return show(model, organisation, form, scheme, null);
  }

  @PostMapping("/organisations/{org}/catalogue/schemes/{id}/edit")
  String update(
      Organisation organisation,
      @PathVariable long id,
      @RequestParam(defaultValue = "save") String action,
      @ModelAttribute("form") SchemeForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    RagSchemes.Scheme scheme = scheme(organisation, id);
    boolean saving = !"preview".equals(action);
    form.validate(
        errors,
        saving,
        name -> schemes.named(organisation.id(), name).filter(other -> other != id).isPresent(),
        day -> schemes.nameInForceFrom(organisation.id(), day, id));
    if (errors.hasErrors() || !saving) {
      return show(
          model,
          organisation,
          form,
          scheme,
          errors.hasErrors() ? null : preview(organisation, form));
    }
    Optional<SchemeForm> refused =
        forms.refusedIfStale(
            form,
            errors,
            Table.RAG_SCHEME,
            id,
            () ->
                schemes.update(
                    organisation.id(),
                    id,
                    form.name().trim(),
                    form.chosenKind().orElseThrow(),
                    form.bandForKind(),
                    form.bandAboveForKind(),
                    form.periodsBehindOrNull(),
                    blankToNull(form.description()),
                    form.inForceDate().orElseThrow(),
                    form.edit(signedIn)));
    if (refused.isPresent()) {
      return show(model, organisation, refused.get(), scheme, null);
    }
    return CatalogueForms.backToOverview(organisation, "scheme", form.name().trim());
  }

  /** The chosen period's ratings now and under the scheme as typed; empty with no period. */
  private Optional<SchemePreview> preview(Organisation organisation, SchemeForm form) {
    Optional<Period> period =
        previewPeriod(reportingPeriods.of(organisation.code()), form).map(Period.class::cast);
    if (period.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          SchemePreview.of(
              scorecards.forPeriod(organisation.code(), period.get()),
              scorecards.forPeriodRatedBy(
                  organisation.code(),
                  period.get(),
                  form.name().trim(),
                  form.chosenKind()
                      .orElseThrow()
                      .scheme(form.bandForKind(), form.bandAboveForKind()),
                  RagSchemes.ageLimit(form.periodsBehindOrNull()))));
    } catch (NoScorecardException e) {
      return Optional.empty();
    }
  }

  private String show(
      Model model,
      Organisation organisation,
      SchemeForm form,
      RagSchemes.Scheme scheme,
      Optional<SchemePreview> preview) {
    List<FinancialQuarter> periods = reportingPeriods.of(organisation.code());
    SchemeForm shown =
        previewPeriod(periods, form).map(p -> form.previewing(p.code())).orElse(form);
    forms.show(model, organisation, shown, Table.RAG_SCHEME, scheme == null ? null : scheme.id());
    model.addAttribute("scheme", scheme);
    model.addAttribute("kinds", List.of(SchemeKind.values()));
    model.addAttribute("periods", periods);
    model.addAttribute("previewed", preview != null);
    model.addAttribute("preview", preview == null ? null : preview.orElse(null));
    return VIEW;
  }

  /** The reporting period to preview: the one chosen, or else the latest; empty with none. */
  private static Optional<FinancialQuarter> previewPeriod(
      List<FinancialQuarter> periods, SchemeForm form) {
    return periods.stream()
        .filter(p -> p.code().equals(form.period()))
        .findFirst()
        .or(() -> periods.stream().findFirst());
  }

  private RagSchemes.Scheme scheme(Organisation organisation, long id) {
    return CatalogueForms.found(
        schemes.scheme(organisation.id(), id), "RAG scheme", id, organisation);
  }
}
