package beacon.papers.web;

import beacon.papers.FrontSheet;
import beacon.papers.Printing;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * The front sheet a council keeps for a layout, as typed on its page, at the version the page was
 * opened on. Days are written year-month-day (2017-09-12), as on the papers page.
 */
public record FrontSheetForm(
    String version,
    String title,
    String committee,
    String meeting,
    String agendaItem,
    String wards,
    String strategicDirector,
    String author,
    String contactOfficer,
    String telephone,
    String email,
    String service,
    String portfolioAreas,
    String outcome,
    String recommendation,
    String summary,
    String background,
    String financialImplications,
    String crossCouncilImplications,
    String backgroundPapers,
    String reportDate,
    String versionNumber,
    String indicatorOrder,
    String printedTitles,
    String printedHeadings) {

  /** The longest a one-line part may be. */
  static final int LONGEST_LINE = 300;

  /** The longest a part of paragraphs may be. */
  static final int LONGEST_TEXT = 10_000;

  /** The form of a front sheet as kept, with the order of its indicators. */
  static FrontSheetForm of(FrontSheet sheet, Printing printing, long version) {
    return new FrontSheetForm(
        String.valueOf(version),
        sheet.title(),
        sheet.committee(),
        sheet.meetingDate() == null ? "" : sheet.meetingDate().toString(),
        sheet.agendaItem(),
        sheet.wards(),
        sheet.strategicDirector(),
        sheet.author(),
        sheet.contactOfficer(),
        sheet.telephone(),
        sheet.email(),
        sheet.service(),
        sheet.portfolioAreas(),
        sheet.outcome(),
        sheet.recommendation(),
        sheet.summary(),
        sheet.background(),
        sheet.financialImplications(),
        sheet.crossCouncilImplications(),
        sheet.backgroundPapers(),
        sheet.reportDate() == null ? "" : sheet.reportDate().toString(),
        sheet.versionNumber(),
        String.join("\n", printing.order()),
        Printing.written(printing.titles()),
        Printing.written(printing.headings()));
  }

  /** What was typed, on the version saved now. */
  FrontSheetForm atVersion(long saved) {
    return new FrontSheetForm(
        String.valueOf(saved),
        title,
        committee,
        meeting,
        agendaItem,
        wards,
        strategicDirector,
        author,
        contactOfficer,
        telephone,
        email,
        service,
        portfolioAreas,
        outcome,
        recommendation,
        summary,
        background,
        financialImplications,
        crossCouncilImplications,
        backgroundPapers,
        reportDate,
        versionNumber,
        indicatorOrder,
        printedTitles,
        printedHeadings);
  }

  /**
   * How the paper prints its indicators, as typed: the order, the titles and the headings, each
   * line checked.
   *
   * @param catalogue the codes of the council's indicators
   */
  Printing printing(Errors errors, Set<String> catalogue) {
    return new Printing(
        order(errors, catalogue),
        Renamings.read(
            errors,
            "printedTitles",
            printedTitles,
            code ->
                catalogue.contains(code)
                    ? null
                    : "there is no indicator " + code + " in the catalogue",
            "CSC-REPEAT-REF = % repeat referrals"),
        Renamings.read(
            errors,
            "printedHeadings",
            printedHeadings,
            heading -> null,
            "Education and Children's Services Portfolio RED = 4. Education and Childrens Services"
                + " Portfolio RED"));
  }

  /**
   * The indicator codes in the order typed, one per line; a code the catalogue does not hold, or
   * one given twice, is rejected naming its line.
   *
   * @param catalogue the codes of the council's indicators
   */
  private List<String> order(Errors errors, Set<String> catalogue) {
    List<String> codes = new ArrayList<>();
    if (blank(indicatorOrder)) {
      return codes;
    }
    String[] lines = indicatorOrder.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String code = lines[i].strip();
      if (code.isEmpty()) {
        continue;
      }
      if (!catalogue.contains(code)) {
        errors.rejectValue(
            "indicatorOrder",
            "frontSheet.order.unknown",
            new Object[] {i + 1, code},
            "Line " + (i + 1) + ": there is no indicator " + code + " in the catalogue");
        return List.of();
      }
      if (codes.contains(code)) {
        errors.rejectValue(
            "indicatorOrder",
            "frontSheet.order.twice",
            new Object[] {i + 1, code},
            "Line " + (i + 1) + ": " + code + " is listed already");
        return List.of();
      }
      codes.add(code);
    }
    return codes;
  }

  /** The version the form was opened on, or -1 (rejected) when it carries none. */
  long openedOn(Errors errors) {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      errors.reject("frontSheet.noVersion", "The form had no version: open the front sheet again");
      return -1;
    }
  }

  /** The front sheet typed, each part checked; a part that is wrong is rejected by its name. */
  FrontSheet sheet(Errors errors) {
    line(errors, "title", title);
    line(errors, "committee", committee);
    line(errors, "agendaItem", agendaItem);
    line(errors, "wards", wards);
    line(errors, "strategicDirector", strategicDirector);
    line(errors, "author", author);
    line(errors, "contactOfficer", contactOfficer);
    line(errors, "telephone", telephone);
    line(errors, "service", service);
    line(errors, "portfolioAreas", portfolioAreas);
    line(errors, "versionNumber", versionNumber);
    if (line(errors, "email", email)
        && !blank(email)
        && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.rejectValue(
          "email", "frontSheet.email", "Enter an email address like name@council.gov.uk");
    }
    for (String[] part :
        new String[][] {
          {"outcome", outcome},
          {"recommendation", recommendation},
          {"summary", summary},
          {"background", background},
          {"financialImplications", financialImplications},
          {"crossCouncilImplications", crossCouncilImplications},
          {"backgroundPapers", backgroundPapers}
        }) {
      if (part[1] != null && part[1].length() > LONGEST_TEXT) {
        errors.rejectValue(
            part[0],
            "frontSheet.long",
            new Object[] {LONGEST_TEXT},
            "Enter " + LONGEST_TEXT + " characters or fewer");
      }
    }
    return new FrontSheet(
        strip(title),
        strip(committee),
        day(errors, "meeting", meeting),
        strip(agendaItem),
        strip(wards),
        strip(strategicDirector),
        strip(author),
        strip(contactOfficer),
        strip(telephone),
        strip(email),
        strip(service),
        strip(portfolioAreas),
        strip(outcome),
        strip(recommendation),
        strip(summary),
        strip(background),
        strip(financialImplications),
        strip(crossCouncilImplications),
        strip(backgroundPapers),
        day(errors, "reportDate", reportDate),
        strip(versionNumber));
  }

  private static boolean line(Errors errors, String field, String text) {
    if (text != null && (text.length() > LONGEST_LINE || text.contains("\n"))) {
      errors.rejectValue(
          field,
          "frontSheet.line",
          new Object[] {LONGEST_LINE},
          "Enter one line of " + LONGEST_LINE + " characters or fewer");
      return false;
    }
    return true;
  }

  private static LocalDate day(Errors errors, String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.rejectValue(
          field, "frontSheet.day", "Enter the day as year, month and day, like 2017-09-12");
      return null;
    }
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
