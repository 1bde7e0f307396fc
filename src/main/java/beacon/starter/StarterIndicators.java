package beacon.starter;

import beacon.indicator.Catalogue;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.NewIndicator;
import beacon.national.NationalBenchmarks;
import beacon.national.NationalFigures;
import beacon.national.NationalLinks;
import beacon.national.files.StarterSet;
import beacon.organisation.Organisation;
import beacon.rules.national.NationalYears;
import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a council's catalogue from the national library: each standard measure it chooses becomes
 * an indicator with the title papers give it, the measure's polarity, decimal places and frequency,
 * linked to the measure, with the council's own published figure for every year as its values
 * (source "DfE, CIN Census 2021/22") and England, its region and its statistical neighbours as its
 * benchmarks. A measure the council has already (an indicator linked to it, or one with the same
 * code) is left as it is.
 */
@Service
public class StarterIndicators {

  /** Why the indicators it adds were added, in the catalogue's history. */
  public static final String REASON = "Started from the national library";

  /**
   * A measure of the starter set as offered to a council.
   *
   * @param already the council's indicator that has it already, null when it has none
   */
  public record Offer(StarterSet.Entry entry, NationalFigures.Measure measure, String already) {}

  /** A published figure of the council's, for a period, with its source. */
  private record Published(Period period, BigDecimal value, String source) {}

  /** An indicator started, with how many values and benchmarks it was given. */
  public record Started(String code, String measure, int values, int benchmarks) {}

  private final List<StarterSet.Entry> entries;
  private final NationalFigures figures;
  private final NationalLinks links;
  private final NationalBenchmarks benchmarks;
  private final Catalogue catalogue;
  private final Indicators indicators;
  private final IndicatorValues values;

  StarterIndicators(
      NationalFigures figures,
      NationalLinks links,
      NationalBenchmarks benchmarks,
      Catalogue catalogue,
      Indicators indicators,
      IndicatorValues values) {
    this.entries = StarterSet.shipped();
    this.figures = figures;
    this.links = links;
    this.benchmarks = benchmarks;
    this.catalogue = catalogue;
    this.indicators = indicators;
    this.values = values;
  }

  /**
   * The starter set as this council may take it: each measure of the national data loaded, with the
   * council's indicator that has it already.
   */
  public List<Offer> offeredTo(Organisation organisation) {
    Map<String, String> codes = new HashMap<>();
    Map<Long, String> codesById = new HashMap<>();
    for (Indicator indicator : indicators.allOf(organisation.id())) {
      codes.put(indicator.code(), indicator.code());
      codesById.put(indicator.id(), indicator.code());
    }
    Map<String, String> linked = new HashMap<>();
    for (NationalLinks.Linked link : links.everyCurrent()) {
      if (codesById.containsKey(link.indicatorId())) {
        linked.putIfAbsent(link.measureCode(), codesById.get(link.indicatorId()));
      }
    }
    List<Offer> offers = new ArrayList<>();
    for (StarterSet.Entry entry : entries) {
      String already = linked.getOrDefault(entry.measure(), codes.get(entry.code()));
      figures
          .measure(entry.measure())
          .ifPresent(measure -> offers.add(new Offer(entry, measure, already)));
    }
    return offers;
  }

  /**
   * Adds an indicator for each measure named that the council has not already, in the starter set's
   * order.
   *
   * @throws NotInStarterSetException, adding nothing, when a measure named is not in the starter
   *     set of the national data loaded
   */
  @Transactional
  public List<Started> start(Organisation organisation, Collection<String> measures, String by) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String measure : measures) {
      wanted.add(measure == null ? "" : measure.strip());
    }
    List<Offer> offers = offeredTo(organisation);
    for (String measure : wanted) {
      if (offers.stream().noneMatch(offer -> offer.entry().measure().equals(measure))) {
        throw new NotInStarterSetException(measure);
      }
    }
    List<Started> started = new ArrayList<>();
    for (Offer offer : offers) {
      if (offer.already() == null && wanted.contains(offer.entry().measure())) {
        start(organisation, offer, by).ifPresent(started::add);
      }
    }
    return started;
  }

  private Optional<Started> start(Organisation organisation, Offer offer, String by) {
    NationalFigures.Measure measure = offer.measure();
    List<NationalFigures.Statistics> years = figures.everyYear(measure, organisation.code());
    List<Published> published = new ArrayList<>();
    Period first = null;
    for (NationalFigures.Statistics year : years) {
      Optional<Period> period = NationalYears.periodOf(year.year(), measure.yearType());
      if (period.isEmpty()) {
        continue;
      }
      first = first == null ? period.get() : first;
      if (year.figures().value() != null) {
        published.add(
            new Published(period.get(), year.figures().value(), sourceOf(measure, year.year())));
      }
    }
    if (first == null) {
      return Optional.empty(); // no year of the measure stands for a period Beacon reports
    }
    long id =
        catalogue.createIndicator(
            new NewIndicator(
                organisation.id(),
                offer.entry().code(),
                offer.entry().title(),
                null,
                measure.polarity(),
                offer.entry().unit(),
                measure.decimalPlaces(),
                first.type(),
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null),
            new Edit(by, REASON, 0));
    links.link(id, measure.code(), by, REASON);
    for (Published figure : published) {
      values.record(
          new NewValue(
              id,
              figure.period(),
              Figure.of(figure.value()),
              null,
              null,
              false,
              null,
              figure.source()),
          offer.entry().code(),
          by,
          null);
    }
    NationalBenchmarks.Filled filled = benchmarks.fill(id, organisation.code());
    return Optional.of(
        new Started(offer.entry().code(), measure.code(), published.size(), filled.added()));
  }

  /** "DfE, CIN Census 2021/22": the publication and the year, as councils' papers cite them. */
  static String sourceOf(NationalFigures.Measure measure, String year) {
    return "DfE, " + NationalYears.sourceOf(measure.publication(), year, measure.yearType());
  }
}
