package beacon.imports;

import beacon.indicator.CatalogueChanges.Edit;
import beacon.organisation.Organisation;
import beacon.rating.IndicatorSchemes;
import beacon.rating.IndicatorSchemes.IndicatorUse;
import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of an indicators file that rate an indicator by a scheme of its own, over the
 * council's: {@code scheme} (the scheme's name) and {@code scheme_from} (the day it rates the
 * indicator from). A scheme the council does not have is refused, unless the import creates what is
 * missing: then {@code scheme_kind}, {@code scheme_band} and {@code scheme_band_above} say what it
 * is, and it is created once, for the indicators naming it only: it is never put in force for the
 * whole council by a file.
 */
final class IndicatorSchemeColumns {

  static final List<String> COLUMNS =
      List.of("scheme", "scheme_from", "scheme_kind", "scheme_band", "scheme_band_above");

  /**
   * A scheme to rate an indicator by from a day.
   *
   * @param schemeId the council's scheme, or null for one the import creates
   */
  record SchemeUse(
      String name,
      LocalDate from,
      Long schemeId,
      SchemeKind kind,
      BigDecimal band,
      BigDecimal bandAbove) {

    /** As a report of a change writes it: "scheme from 2024-04-01: Kent's T". */
    String describe() {
      return "scheme from " + from + ": " + name;
    }
  }

  private final Organisation organisation;
  private final RagSchemes schemes;
  private final IndicatorSchemes indicatorSchemes;
  private final boolean createMissing;
  private final Map<String, RagSchemes.Scheme> known = new HashMap<>();
  private final Map<String, SchemeUse> toCreate = new HashMap<>();
  private final Map<String, Long> created = new HashMap<>();

  IndicatorSchemeColumns(
      Organisation organisation,
      RagSchemes schemes,
      IndicatorSchemes indicatorSchemes,
      boolean createMissing) {
    this.organisation = organisation;
    this.schemes = schemes;
    this.indicatorSchemes = indicatorSchemes;
    this.createMissing = createMissing;
    for (RagSchemes.Scheme scheme : schemes.schemesOf(organisation.id())) {
      known.put(lower(scheme.name()), scheme);
    }
  }

  /**
   * The scheme the row rates its indicator by, or null when it names none or nothing new.
   *
   * @param indicatorId the indicator as it is, or null for a new one
   */
  SchemeUse read(RowReader cells, Long indicatorId) {
    String name = cells.optionalText("scheme");
    if (name == null) {
      for (String column : COLUMNS.subList(1, COLUMNS.size())) {
        if (!cells.blank(column)) {
          cells.problem(column, "name the scheme in the scheme column too, or leave this empty");
        }
      }
      return null;
    }
    LocalDate from = cells.date("scheme_from");
    if (from == null && cells.blank("scheme_from")) {
      cells.problem(
          "scheme_from", "write the day " + name + " rates the indicator from, such as 01/04/2024");
    }
    SchemeUse use = use(cells, name.strip(), from);
    if (use == null || from == null || indicatorId == null) {
      return use;
    }
    for (IndicatorUse held : indicatorSchemes.usesFor(indicatorId)) {
      if (held.inForceFrom().equals(from)) {
        if (held.schemeId() == Objects.requireNonNullElse(use.schemeId(), -1L)) {
          return null; // as the catalogue has it already
        }
        cells.problem(
            "scheme_from",
            "the indicator is rated by "
                + held.schemeName()
                + " of its own from "
                + from
                + ": end that on its schemes page first, or write another day");
      }
    }
    return use;
  }

  private SchemeUse use(RowReader cells, String name, LocalDate from) {
    RagSchemes.Scheme scheme = known.get(lower(name));
    if (scheme != null) {
      sameAs(cells, scheme.name(), scheme.kind(), scheme.band(), scheme.bandAbove());
      return new SchemeUse(
          scheme.name(), from, scheme.id(), scheme.kind(), scheme.band(), scheme.bandAbove());
    }
    SchemeUse first = toCreate.get(lower(name));
    if (first != null) {
      sameAs(cells, first.name(), first.kind(), first.band(), first.bandAbove());
      return new SchemeUse(first.name(), from, null, first.kind(), first.band(), first.bandAbove());
    }
    if (!createMissing) {
      cells.problem(
          "scheme",
          "there is no scheme '"
              + name
              + "' in the catalogue: add it there first, or import with createMissing and say"
              + " its scheme_kind");
      return null;
    }
    SchemeKind kind = cells.word("scheme_kind", IndicatorWords.SCHEME_KINDS, "a kind of scheme");
    BigDecimal band = cells.number("scheme_band");
    BigDecimal bandAbove = cells.number("scheme_band_above");
    if (kind == null || cells.hasProblems()) {
      return null;
    }
    try {
      kind.scheme(band, bandAbove);
    } catch (IllegalArgumentException | NullPointerException e) {
      cells.problem(
          band == null || !kind.hasBandAbove() ? "scheme_band" : "scheme_band_above",
          "a scheme of kind '"
              + IndicatorWords.word(kind)
              + "' "
              + (kind.hasBandAbove()
                  ? "needs a scheme_band below the target and a scheme_band_above it, each more"
                      + " than 0"
                  : kind.hasBand()
                      ? "needs a scheme_band more than 0, and no scheme_band_above"
                      : "has no bands: leave scheme_band and scheme_band_above empty"));
      return null;
    }
    if ((!kind.hasBand() && band != null) || (!kind.hasBandAbove() && bandAbove != null)) {
      cells.problem(
          band != null && !kind.hasBand() ? "scheme_band" : "scheme_band_above",
          "a scheme of kind '" + IndicatorWords.word(kind) + "' has no such band: leave it empty");
      return null;
    }
    SchemeUse created = new SchemeUse(name, from, null, kind, band, bandAbove);
    toCreate.put(lower(name), created);
    return created;
  }

  /** Notes where the row says of a scheme other than what it is; empty cells say nothing. */
  private static void sameAs(
      RowReader cells, String name, SchemeKind kind, BigDecimal band, BigDecimal bandAbove) {
    if (!cells.blank("scheme_kind")) {
      SchemeKind said = cells.word("scheme_kind", IndicatorWords.SCHEME_KINDS, "a kind of scheme");
      if (said != null && said != kind) {
        cells.problem(
            "scheme_kind",
            name
                + " is of kind '"
                + IndicatorWords.word(kind)
                + "': write that, or leave it empty");
      }
    }
    differs(cells, "scheme_band", name, band);
    differs(cells, "scheme_band_above", name, bandAbove);
  }

  private static void differs(RowReader cells, String column, String name, BigDecimal held) {
    BigDecimal said = cells.number(column);
    if (said != null && (held == null || said.compareTo(held) != 0)) {
      cells.problem(
          column,
          name
              + (held == null ? " has no such band" : "'s is " + held.toPlainString())
              + ": a scheme is changed on its page, not by a file of indicators");
    }
  }

  /** Rates the indicator by the scheme from its day, creating the scheme the first time. */
  void apply(long indicatorId, SchemeUse use, Edit edit) {
    long schemeId =
        use.schemeId() != null
            ? use.schemeId()
            : created.computeIfAbsent(
                lower(use.name()),
                key ->
                    schemes.createForIndicators(
                        organisation.id(),
                        use.name(),
                        use.kind(),
                        use.band(),
                        use.bandAbove(),
                        edit));
    indicatorSchemes.useForIndicator(organisation.id(), indicatorId, schemeId, use.from());
  }

  private static String lower(String name) {
    return name.strip().toLowerCase(Locale.UK);
  }
}
