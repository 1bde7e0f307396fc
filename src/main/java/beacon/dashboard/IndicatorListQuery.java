package beacon.dashboard;

import beacon.scorecard.IndicatorFilter;
import beacon.scorecard.IndicatorSort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * What the indicator list was asked for, as the request gave it, and the links to the same list
 * sorted or paged otherwise. Every field is text, so that nothing a reader types fails the page.
 */
record IndicatorListQuery(
    String period,
    String portfolio,
    String priority,
    String theme,
    String rag,
    String direction,
    String q,
    String sort,
    String order,
    String page) {

  IndicatorFilter filter() {
    return IndicatorFilter.of(portfolio, priority, theme, rag, direction, q);
  }

  IndicatorSort sorting() {
    return IndicatorSort.of(sort, order);
  }

  int pageNumber() {
    try {
      return page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The same filters and period, sorted by the column: ascending, or descending if it is now. */
  String sortedBy(String org, String periodCode, IndicatorSort.Column column) {
    IndicatorSort now = sorting();
    boolean descending = now.column() == column && !now.descending();
    Map<String, String> params = filters(periodCode);
    params.put("sort", column.name().toLowerCase());
    params.put("order", descending ? "desc" : "asc");
    return link(org, params);
  }

  /** The same list at another page. */
  String atPage(String org, String periodCode, int number) {
    Map<String, String> params = filters(periodCode);
    IndicatorSort sorting = sorting();
    if (sorting.column() != IndicatorSort.Column.PAPER || sorting.descending()) {
      params.put("sort", sorting.column().name().toLowerCase());
      params.put("order", sorting.order());
    }
    params.put("page", String.valueOf(number));
    return link(org, params);
  }

  /** The list for the period with no filter. */
  static String unfiltered(String org, String periodCode) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("period", periodCode);
    return link(org, params);
  }

  private Map<String, String> filters(String periodCode) {
    IndicatorFilter filter = filter();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("period", periodCode);
    params.put("portfolio", filter.portfolio());
    params.put("priority", filter.priority());
    params.put("theme", filter.theme());
    params.put("rag", filter.rag() == null ? null : filter.rag().name());
    params.put("direction", filter.direction() == null ? null : filter.direction().name());
    params.put("q", filter.text());
    return params;
  }

  private static String link(String org, Map<String, String> params) {
    StringBuilder link =
        new StringBuilder("/organisations/")
            .append(UriUtils.encodePathSegment(org, StandardCharsets.UTF_8))
            .append("/indicators");
    char separator = '?';
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (param.getValue() != null) {
        link.append(separator)
            .append(param.getKey())
            .append('=')
            .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return link.toString();
  }
}
