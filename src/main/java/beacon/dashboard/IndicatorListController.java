package beacon.dashboard;

import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import beacon.rules.travel.Direction;
import beacon.scorecard.IndicatorFilter;
import beacon.scorecard.IndicatorSort;
import beacon.scorecard.Scorecard;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.Pagination;
import beacon.web.PeriodParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An organisation's indicators for a reporting period, filtered, sorted and paged in memory over
 * the scorecard that {@link Scorecards} keeps until the data changes.
 */
@Controller
class IndicatorListController {

  static final int PER_PAGE = 50;

  private final ReportingPeriods reportingPeriods;
  private final Scorecards scorecards;

  IndicatorListController(ReportingPeriods reportingPeriods, Scorecards scorecards) {
    this.reportingPeriods = reportingPeriods;
    this.scorecards = scorecards;
  }

  /** A column header: its link and, when the list is sorted by it, its aria-sort. */
  record SortHeader(String href, String ariaSort) {}

  /**
   * A filter in force, for the results summary: the message key naming it, and the value chosen
   * (null for the lines with no portfolio, priority or theme).
   */
  record AppliedFilter(String label, String value) {

    static AppliedFilter grouped(String label, String value) {
      return new AppliedFilter(label, IndicatorFilter.NONE.equals(value) ? null : value);
    }
  }

  @GetMapping("/organisations/{org}/indicators")
  String list(
      Organisation organisation, @ModelAttribute("query") IndicatorListQuery query, Model model) {
    List<FinancialQuarter> periods = reportingPeriods.of(organisation.code());
    model.addAttribute("section", "indicators");
    if (periods.isEmpty()) {
      model.addAttribute("organisation", organisation);
      return "dashboard/no-periods";
    }
    ReportingPeriodChoice choice =
        ReportingPeriodChoice.of(PeriodParameter.of(query.period()), periods, organisation::name);
    Scorecard scorecard = scorecards.forPeriod(organisation.code(), choice.chosen());
    List<ScorecardLine> lines = scorecard.indicators();
    IndicatorFilter filter = query.filter();
    IndicatorSort sorting = query.sorting();
    Pagination<ScorecardLine> shown =
        Pagination.of(sorting.apply(filter.apply(lines)), query.pageNumber(), PER_PAGE);
    String periodCode = scorecard.period().code();

    model.addAttribute("organisation", scorecard.organisation());
    model.addAttribute("period", scorecard.period());
    model.addAttribute("periods", choice.all());
    model.addAttribute("filter", filter);
    model.addAttribute("portfolios", IndicatorFilter.distinct(lines, ScorecardLine::portfolio));
    model.addAttribute("priorities", IndicatorFilter.distinct(lines, ScorecardLine::priority));
    model.addAttribute("themes", IndicatorFilter.distinct(lines, ScorecardLine::theme));
    model.addAttribute("noPortfolio", IndicatorFilter.anyWithout(lines, ScorecardLine::portfolio));
    model.addAttribute("noPriority", IndicatorFilter.anyWithout(lines, ScorecardLine::priority));
    model.addAttribute("noTheme", IndicatorFilter.anyWithout(lines, ScorecardLine::theme));
    model.addAttribute("none", IndicatorFilter.NONE);
    model.addAttribute("rags", List.of(Rag.values()));
    model.addAttribute("directions", List.of(Direction.values()));
    model.addAttribute("sorting", sorting);
    model.addAttribute("applied", applied(filter, organisation.ragWords()));
    model.addAttribute("shown", shown);
    model.addAttribute("rows", shown.items().stream().map(IndicatorRow::of).toList());
    model.addAttribute("headers", headers(query, organisation.code(), periodCode, sorting));
    model.addAttribute("clearLink", IndicatorListQuery.unfiltered(organisation.code(), periodCode));
    Map<Integer, String> pageLinks = new LinkedHashMap<>();
    for (int number : shown.numbers()) {
      if (number > 0) {
        pageLinks.put(number, query.atPage(organisation.code(), periodCode, number));
      }
    }
    model.addAttribute("pageLinks", pageLinks);
    return "dashboard/indicators";
  }

  private static Map<String, SortHeader> headers(
      IndicatorListQuery query, String org, String periodCode, IndicatorSort sorting) {
    Map<String, SortHeader> headers = new LinkedHashMap<>();
    for (IndicatorSort.Column column : IndicatorSort.Column.values()) {
      if (column == IndicatorSort.Column.PAPER) {
        continue;
      }
      String ariaSort =
          sorting.column() == column ? (sorting.descending() ? "descending" : "ascending") : null;
      headers.put(
          column.name().toLowerCase(),
          new SortHeader(query.sortedBy(org, periodCode, column), ariaSort));
    }
    return headers;
  }

  private static List<AppliedFilter> applied(IndicatorFilter filter, RagWords words) {
    List<AppliedFilter> applied = new ArrayList<>();
    if (filter.portfolio() != null) {
      applied.add(AppliedFilter.grouped("list.filter.portfolio", filter.portfolio()));
    }
    if (filter.priority() != null) {
      applied.add(AppliedFilter.grouped("list.filter.priority", filter.priority()));
    }
    if (filter.theme() != null) {
      applied.add(AppliedFilter.grouped("list.filter.theme", filter.theme()));
    }
    if (filter.rag() != null) {
      applied.add(new AppliedFilter("list.filter.rag", words.word(filter.rag())));
    }
    if (filter.direction() != null) {
      applied.add(new AppliedFilter("list.filter.direction", filter.direction().word()));
    }
    if (filter.text() != null) {
      applied.add(new AppliedFilter("list.filter.q", filter.text()));
    }
    return applied;
  }
}
