package beacon.papers.web;

import beacon.papers.FrontSheet;
import beacon.papers.FrontSheets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    String printedTitles) {

  /** The longest a one-line part may be. */
  static final int LONGEST_LINE = 300;

  /** The longest a part of paragraphs may be. */
  static final int LONGEST_TEXT = 10_000;

  /** The form of a front sheet as kept, with the order of its indicators. */
  static FrontSheetForm of(
      FrontSheet sheet, List<String> order, Map<String, String> titles, long version) {
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
        String.join("\n", order),
        titles.entrySet().stream()
            .map(title -> title.getKey() + FrontSheets.TITLED + title.getValue())
            .collect(Collectors.joining("\n")));
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
        printedTitles);
  }

  /**
   * The titles typed for some indicators, "CODE = title" a line; a line without " = ", a code the
   * catalogue does not hold, one given twice or a title longer than a line is rejected naming its
   * line.
   */
  Map<String, String> titles(Errors errors, Set<String> catalogue) {
    Map<String, String> titles = new LinkedHashMap<>();
    if (blank(printedTitles)) {
      return titles;
    }
    String[] lines = printedTitles.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int at = line.indexOf('=');
      String code = at < 0 ? "" : line.substring(0, at).strip();
      String title = at < 0 ? "" : line.substring(at + 1).strip();
      String problem =
          at < 0 || code.isEmpty() || title.isEmpty()
              ? "write the code, then =, then the title: CSC-REPEAT-REF = % repeat referrals"
              : !catalogue.contains(code)
                  ? "there is no indicator " + code + " in the catalogue"
                  : titles.containsKey(code)
                      ? code + " is given a title already"
                      : title.length() > LONGEST_LINE
                          ? "a title is " + LONGEST_LINE + " characters or fewer"
                          : null;
      if (problem != null) {
        errors.rejectValue(
            "printedTitles",
            "frontSheet.titles",
            new Object[] {i + 1, problem},
            "Line " + (i + 1) + ": " + problem);
        return Map.of();
      }
      titles.put(code, title);
    }
    return titles;
  }

  /**
   * The indicator codes in the order typed, one per line; a code the catalogue does not hold, or
   * one given twice, is rejected naming its line.
   *
   * @param catalogue the codes of the council's indicators
   */
  List<String> order(Errors errors, Set<String> catalogue) {
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
