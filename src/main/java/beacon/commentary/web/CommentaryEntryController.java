package beacon.commentary.web;

import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.StaleCommentaryException;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.scorecard.ReportingPeriods;
import beacon.scorecard.UnknownOrganisationException;
import beacon.value.web.SavedAt;
import beacon.web.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The form to write an indicator's commentary and improvement actions for a reporting quarter,
 * keeping the version it replaces.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/commentary")
class CommentaryEntryController {

  private final Organisations organisations;
  private final Indicators indicators;
  private final Commentaries commentaries;
  private final ReportingPeriods reportingPeriods;
  private final MessageSource messages;

  CommentaryEntryController(
      Organisations organisations,
      Indicators indicators,
      Commentaries commentaries,
      ReportingPeriods reportingPeriods,
      MessageSource messages) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.commentaries = commentaries;
    this.reportingPeriods = reportingPeriods;
    this.messages = messages;
  }

  @GetMapping
  String initForm(
      @PathVariable String org,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      Model model) {
    Organisation organisation = organisation(org);
    Indicator indicator = indicator(organisation, code);
    FinancialQuarter quarter = quarter(organisation, period);
    Commentary current = commentaries.current(indicator.id(), quarter.code()).orElse(null);
    CommentaryForm form = current != null ? CommentaryForm.editing(current) : new CommentaryForm();
    return show(model, organisation, indicator, quarter, form, current, false);
  }

  @PostMapping
  String processForm(
      @PathVariable String org,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      @ModelAttribute("commentaryForm") CommentaryForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = organisation(org);
    Indicator indicator = indicator(organisation, code);
    FinancialQuarter quarter = quarter(organisation, period);
    form.validate(errors);
    if (errors.hasErrors()) {
      Commentary current = commentaries.current(indicator.id(), quarter.code()).orElse(null);
      return show(model, organisation, indicator, quarter, form, current, true);
    }
    try {
      commentaries.save(
          indicator.id(),
          quarter.code(),
          form.getNarrative().strip(),
          form.improvementActions(),
          CommentaryForm.orNull(form.getBenchmarkText()),
          CommentaryForm.orNull(form.getAuthor()),
          form.state(),
          form.getRecordedBy().strip(),
          form.expectedVersion());
    } catch (StaleCommentaryException e) {
      return refuse(model, organisation, indicator, quarter, form, errors, e.current());
    } catch (DuplicateKeyException e) {
      Commentary current =
          commentaries.current(indicator.id(), quarter.code()).orElseThrow(() -> e);
      return refuse(model, organisation, indicator, quarter, form, errors, current);
    }
    return "redirect:" + indicatorPage(organisation, indicator, quarter, "commentary");
  }

  private String refuse(
      Model model,
      Organisation organisation,
      Indicator indicator,
      FinancialQuarter quarter,
      CommentaryForm form,
      BindingResult errors,
      Commentary current) {
    errors.reject(
        "entry.commentary.error.stale",
        new Object[] {
          quarter.label(),
          current.recordedBy(),
          SavedAt.describe(current.recordedAt(), Instant.now())
        },
        "Someone else saved commentary after you opened this form");
    form.setVersion(String.valueOf(current.id()));
    return show(model, organisation, indicator, quarter, form, current, true);
  }

  private String show(
      Model model,
      Organisation organisation,
      Indicator indicator,
      FinancialQuarter quarter,
      CommentaryForm form,
      Commentary current,
      boolean withErrors) {
    String heading =
        text(
            current != null ? "entry.commentary.heading.edit" : "entry.commentary.heading.new",
            quarter.label());
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "indicators");
    model.addAttribute("indicator", indicator);
    model.addAttribute("quarter", quarter);
    model.addAttribute("commentaryForm", form);
    model.addAttribute("current", current);
    model.addAttribute("currentDay", current == null ? null : SavedAt.day(current.recordedAt()));
    model.addAttribute("heading", heading);
    model.addAttribute("pageTitle", withErrors ? text("entry.title.withErrors", heading) : heading);
    model.addAttribute("back", indicatorPage(organisation, indicator, quarter, null));
    return "entry/commentary";
  }

  /** The reporting quarter asked for, or the organisation's latest. */
  private FinancialQuarter quarter(Organisation organisation, String text) {
    if (text == null || text.isBlank()) {
      return reportingPeriods
          .latest(organisation.code())
          .orElseThrow(
              () ->
                  new NotFoundException(
                      organisation.name() + " has no reporting period to write commentary for"));
    }
    Period period = Periods.parse(text);
    if (period instanceof FinancialQuarter quarter) {
      return quarter;
    }
    throw new NotFoundException(
        "Commentary is written for a reporting quarter, like 2022-23-Q4, not '" + text + "'");
  }

  private Organisation organisation(String code) {
    return organisations.withCode(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  private Indicator indicator(Organisation organisation, String code) {
    return indicators
        .withCode(organisation.id(), code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no indicator '" + code + "' in " + organisation.name()));
  }

  private static String indicatorPage(
      Organisation organisation, Indicator indicator, FinancialQuarter quarter, String saved) {
    UriComponentsBuilder page =
        UriComponentsBuilder.fromPath("/organisations/{org}/indicators/{code}")
            .queryParam("period", quarter.code());
    if (saved != null) {
      page.queryParam("saved", saved);
    }
    return page.buildAndExpand(organisation.code(), indicator.code()).encode().toUriString();
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, Locale.UK);
  }
}
