package beacon.imports;

import beacon.indicator.CatalogueEntry;
import beacon.indicator.Indicator;
import beacon.indicator.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portfolios, priorities and themes an indicators file names, matched in any case to the
 * catalogue's. A name the catalogue does not have is a problem, or, when the import creates what is
 * missing, a new entry's name, spelt as first written so that later rows name the same entry.
 */
final class CatalogueNames {

  private final List<? extends CatalogueEntry> portfolios;
  private final List<? extends CatalogueEntry> priorities;
  private final List<Theme> themes;
  private final boolean createMissing;
  private final Map<String, String> newNames = new HashMap<>();

  CatalogueNames(
      List<? extends CatalogueEntry> portfolios,
      List<? extends CatalogueEntry> priorities,
      List<Theme> themes,
      boolean createMissing) {
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.createMissing = createMissing;
  }

  /** The portfolio the row names; null when its cell is empty or names none known. */
  String portfolio(RowReader cells) {
    return named(cells, "portfolio", portfolios);
  }

  /** The priority the row names; null when its cell is empty or names none known. */
  String priority(RowReader cells) {
    return named(cells, "priority", priorities);
  }

  /** The theme named, or kept; it must be one of the priority's. */
  String theme(RowReader cells, Indicator existing, String priority) {
    String named = cells.optionalText("theme");
    String theme = named != null ? named : existing == null ? null : existing.theme();
    if (theme == null) {
      return null;
    }
    if (priority == null) {
      cells.problem("theme", "a theme sits under a priority: name the priority too");
      return null;
    }
    for (Theme known : themes) {
      if (known.priority().equalsIgnoreCase(priority) && known.name().equalsIgnoreCase(theme)) {
        return known.name();
      }
    }
    if (createMissing) {
      return newNames.computeIfAbsent(
          "theme\n" + lower(priority) + "\n" + lower(theme), key -> theme.strip());
    }
    cells.problem(
        "theme",
        "there is no theme '"
            + theme
            + "' under the priority '"
            + priority
            + "' in the catalogue: add it there first, or name one of its themes");
    return null;
  }

  private String named(RowReader cells, String column, List<? extends CatalogueEntry> entries) {
    String name = cells.optionalText(column);
    if (name == null) {
      return null;
    }
    for (CatalogueEntry entry : entries) {
      if (entry.name().equalsIgnoreCase(name)) {
        return entry.name();
      }
    }
    if (createMissing) {
      return newNames.computeIfAbsent(column + "\n" + lower(name), key -> name.strip());
    }
    cells.problem(
        column,
        "there is no "
            + column
            + " '"
            + name
            + "' in the catalogue: add it there first, or name one it has");
    return null;
  }

  private static String lower(String name) {
    return name.strip().toLowerCase(Locale.UK);
  }
}
