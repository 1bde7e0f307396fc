package beacon.catalogue;

import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import beacon.web.NotFoundException;
import beacon.web.ShownForms;
import beacon.web.StaleForms;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every catalogue form does alike: show the form with the row's change history, refuse a save
 * someone else overtook, and go back to the overview saying what was saved.
 */
@Component
public class CatalogueForms {

  private final CatalogueChanges changes;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final MessageSource messages;

  CatalogueForms(
      CatalogueChanges changes,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      MessageSource messages) {
    this.changes = changes;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.messages = messages;
  }

  /** The version an edit form carries for a row. */
  public int version(Table table, long rowId) {
    return changes.version(table, rowId);
  }

  /**
   * Puts on the model what every catalogue form page has: the service navigation, the form and, for
   * a row being changed ({@code rowId} not null), its change history.
   */
  public void show(
      Model model, Organisation organisation, CatalogueEditForm<?> form, Table table, Long rowId) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    ShownForms.show(model, "form", form);
    if (rowId != null) {
      model.addAttribute("history", history(organisation, table, rowId));
    }
  }

  /**
   * Shows the form of a portfolio, priority or theme ({@code entry} null for a new one).
   *
   * @return the view
   */
  public String showEntry(
      Model model,
      Organisation organisation,
      CatalogueEditForm<?> form,
      Table table,
      CatalogueEntry entry) {
    show(model, organisation, form, table, entry == null ? null : entry.id());
    model.addAttribute("entry", entry);
    model.addAttribute("kind", table.sqlName());
    model.addAttribute("path", table == Table.PRIORITY ? "priorities" : table.sqlName() + "s");
    return "catalogue/entry-form";
  }

  /**
   * Saves a change to a row; when someone else saved the row since the form was opened, says so on
   * the form instead (who changed which fields, and when), keeping what was typed, and gives the
   * form opened at the row's new version, so that saving again replaces their change.
   *
   * @return empty when it was saved; else the form to show again
   */
  public <F extends CatalogueEditForm<F>> Optional<F> refusedIfStale(
      F form, Errors errors, Table table, long rowId, Runnable save) {
    try {
      save.run();
      return Optional.empty();
    } catch (CatalogueChanges.StaleEditException e) {
      List<String> fields = changedSince(table, rowId, form.openedVersion());
      StaleForms.refuse(
          errors,
          fields.isEmpty() ? "catalogue.error.stale.unchanged" : "catalogue.error.stale",
          e.saved(),
          "Someone else saved this after you opened it",
          joined(fields));
      return Optional.of(form.openedAt((int) e.saved().id()));
    }
  }

  /**
   * The names of the fields changed since the version a form was opened at (null: sent none), as
   * the change history names them: "the cabinet member".
   */
  private List<String> changedSince(Table table, long rowId, Integer opened) {
    List<CatalogueHistory.Entry> newestFirst =
        CatalogueHistory.of(changes.changesOf(table, rowId), changes.currentValues(table, rowId));
    int since = Math.max(0, newestFirst.size() - (opened == null ? 0 : Math.max(0, opened)));
    return newestFirst.subList(0, since).stream()
        .flatMap(entry -> entry.fields().stream())
        .map(CatalogueHistory.FieldChange::field)
        .distinct()
        .map(
            field -> {
              String label =
                  messages.getMessage("catalogue.column." + field, null, field, Locale.UK);
              return text("catalogue.changed.field", label.toLowerCase(Locale.UK));
            })
        .toList();
  }

  /** "a", "a and b", "a, b and c". */
  private String joined(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return text(
        "catalogue.changed.and",
        String.join(", ", parts.subList(0, parts.size() - 1)),
        parts.get(parts.size() - 1));
  }

  private String text(String code, Object... arguments) {
    return messages.getMessage(code, arguments, Locale.UK);
  }

  /** A row's change history, with portfolios, priorities and themes by name. */
  private List<CatalogueHistory.Entry> history(Organisation organisation, Table table, long rowId) {
    return CatalogueHistory.of(
        changes.changesOf(table, rowId),
        changes.currentValues(table, rowId),
        Map.of(
            "portfolio_id", namesById(portfolios.of(organisation.id())),
            "priority_id", namesById(priorities.of(organisation.id())),
            "theme_id", namesById(themes.of(organisation.id()))));
  }

  private static Map<String, String> namesById(List<? extends CatalogueEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(e -> String.valueOf(e.id()), CatalogueEntry::name));
  }

  /** The row an edit page is for, or the 404 page naming what is missing. */
  public static <T> T found(Optional<T> row, String what, Object id, Organisation organisation) {
    return row.orElseThrow(
        () ->
            new NotFoundException("There is no " + what + " " + id + " in " + organisation.name()));
  }

  /** Back to the overview, saying what was saved. */
  public static String backToOverview(Organisation organisation, String kind, String name) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/organisations/{org}/catalogue")
            .queryParam("saved", kind)
            .queryParam("name", name)
            .encode()
            .buildAndExpand(organisation.code())
            .toUriString();
  }

  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
