package beacon.imports;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.NewIndicator;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Theme;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Adds to the catalogue the portfolio, priority and theme a file's indicator names where the
 * catalogue does not have them, each recorded in the catalogue's history as its form records it.
 */
@Component
class MissingCatalogueEntries {

  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;

  MissingCatalogueEntries(Portfolios portfolios, Priorities priorities, Themes themes) {
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
  }

  /** Adds the indicator's portfolio, priority and theme where the catalogue does not have them. */
  void addFor(Organisation organisation, NewIndicator indicator, Edit edit) {
    long org = organisation.id();
    if (indicator.portfolio() != null && !has(portfolios.of(org), indicator.portfolio())) {
      portfolios.create(org, indicator.portfolio(), null, null, edit);
    }
    if (indicator.priority() != null && !has(priorities.of(org), indicator.priority())) {
      priorities.create(org, indicator.priority(), null, edit);
    }
    if (indicator.theme() != null) {
      List<Theme> underPriority =
          themes.of(org).stream()
              .filter(theme -> theme.priority().equalsIgnoreCase(indicator.priority()))
              .toList();
      if (!has(underPriority, indicator.theme())) {
        long priorityId =
            priorities.of(org).stream()
                .filter(priority -> priority.name().equalsIgnoreCase(indicator.priority()))
                .findFirst()
                .orElseThrow()
                .id();
        int position = underPriority.stream().mapToInt(Theme::position).max().orElse(0) + 1;
        themes.create(org, priorityId, indicator.theme(), position, edit);
      }
    }
  }

  private static boolean has(List<? extends CatalogueEntry> entries, String name) {
    return entries.stream().anyMatch(entry -> entry.name().equalsIgnoreCase(name));
  }
}
