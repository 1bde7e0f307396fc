package beacon.national;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.NationalYears;
import beacon.rules.national.NeighbourAverage;
import beacon.rules.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a linked indicator's benchmarks from the national data: for every year of its measure,
 * England, the organisation's region, its statistical neighbours' mean and, for a banded measure,
 * where the national top quartile begins, each with its source and year ("CIN Census 2021/22") and
 * the day its publication counts as out ({@link NationalReleases}). Figures that are the same stay;
 * a changed figure replaces the one recorded and keeps it; figures of a measure no longer linked
 * are closed. Benchmarks typed for a report, or imported, are never touched.
 */
@Service
public class NationalBenchmarks {

  /** Who the benchmarks filled from national data are recorded by. */
  public static final String FILLED_BY = "national data";

  /** What a fill did. */
  public record Filled(int added, int changed, int unchanged, int closed) {}

  private final NationalFigures figures;
  private final NationalLinks links;
  private final Benchmarks benchmarks;
  private final Organisations organisations;
  private final NationalReleases releases;

  NationalBenchmarks(
      NationalFigures figures,
      NationalLinks links,
      Benchmarks benchmarks,
      Organisations organisations,
      NationalReleases releases) {
    this.figures = figures;
    this.links = links;
    this.benchmarks = benchmarks;
    this.organisations = organisations;
    this.releases = releases;
  }

  /**
   * Fills the indicator's benchmarks from its link, or closes those filled before when it has no
   * link, or its measure is not in the national data.
   */
  @Transactional
  public Filled fill(long indicatorId, String organisationCode) {
    Optional<NationalFigures.Measure> measure =
        links.currentOf(indicatorId).flatMap(link -> figures.measure(link.measureCode()));
    Organisation organisation = organisations.withCode(organisationCode).orElseThrow();
    List<Benchmark> wanted =
        measure.isEmpty() ? List.of() : wanted(indicatorId, organisation, measure.get());
    return record(indicatorId, wanted);
  }

  /** Fills every linked indicator, after a new load of the national data. */
  @Transactional
  public int fillEveryLinked() {
    List<NationalLinks.Linked> linked = links.everyCurrent();
    linked.forEach(link -> fill(link.indicatorId(), link.organisationCode()));
    return linked.size();
  }

  private List<Benchmark> wanted(
      long indicatorId, Organisation organisation, NationalFigures.Measure measure) {
    Map<String, NationalFigures.Statistics> byPeriod = new LinkedHashMap<>();
    Map<String, Period> periods = new LinkedHashMap<>();
    for (NationalFigures.Statistics year : figures.everyYear(measure, organisation.code())) {
      Optional<Period> period = NationalYears.periodOf(year.year(), measure.yearType());
      if (period.isPresent()) {
        byPeriod.put(period.get().code(), year);
        periods.put(period.get().code(), period.get());
      }
    }
    List<Benchmark> wanted = new ArrayList<>();
    byPeriod.forEach(
        (code, year) -> {
          Period period = periods.get(code);
          AuthorityStatistics s = year.figures();
          Published source =
              new Published(
                  NationalYears.sourceOf(measure.publication(), year.year(), measure.yearType()),
                  releases.calendar().publishedOn(measure.publication(), period).orElse(null));
          add(wanted, indicatorId, Comparator.ENGLAND, "England", period, s.england(), source);
          add(wanted, indicatorId, Comparator.REGION, s.region(), period, s.regionValue(), source);
          add(
              wanted,
              indicatorId,
              Comparator.TOP_QUARTILE,
              Benchmark.TOP_QUARTILE,
              period,
              s.topQuartile() == null
                  ? null
                  : s.topQuartile()
                      .setScale(NationalPanels.decimalsOf(measure), RoundingMode.HALF_UP),
              source);
          NeighbourAverage n = s.neighbours();
          if (n != null) {
            add(
                wanted,
                indicatorId,
                Comparator.STATISTICAL_NEIGHBOURS,
                "Statistical neighbours",
                period,
                n.mean() == null
                    ? null
                    : n.mean().setScale(NationalPanels.decimalsOf(measure), RoundingMode.HALF_UP),
                new Published(
                    source.source() + ", DfE " + n.model() + " model, " + n.coverageInWords(),
                    source.on()));
          }
        });
    return wanted;
  }

  private static void add(
      List<Benchmark> wanted,
      long indicatorId,
      Comparator comparator,
      String name,
      Period period,
      BigDecimal value,
      Published source) {
    if (name != null && value != null) {
      wanted.add(
          new Benchmark(
              indicatorId, null, comparator, name, period, value, source.source(), source.on()));
    }
  }

  /** Where a figure comes from, and the day it was published when known. */
  private record Published(String source, LocalDate on) {}

  private Filled record(long indicatorId, List<Benchmark> wanted) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    List<Benchmarks.Recorded> given = benchmarks.currentForNoReport(indicatorId);
    List<Benchmarks.Recorded> recorded =
        given.stream().filter(r -> FILLED_BY.equals(r.recordedBy())).toList();
    List<Benchmarks.Recorded> imported =
        given.stream().filter(r -> !FILLED_BY.equals(r.recordedBy())).toList();
    List<Benchmarks.Recorded> kept = new ArrayList<>();
    for (Benchmark benchmark : wanted) {
      if (imported.stream().anyMatch(r -> sameComparatorAndPeriod(r.benchmark(), benchmark))) {
        continue;
      }
      Optional<Benchmarks.Recorded> same =
          recorded.stream()
              .filter(r -> sameComparatorAndPeriod(r.benchmark(), benchmark))
              .findFirst();
      if (same.isPresent()
          && same.get().benchmark().value().compareTo(benchmark.value()) == 0
          && Objects.equals(same.get().benchmark().source(), benchmark.source())
          && Objects.equals(same.get().benchmark().publishedOn(), benchmark.publishedOn())) {
        unchanged++;
        kept.add(same.get());
        continue;
      }
      if (same.isPresent()) {
        changed++;
        benchmarks.supersede(same.get().id());
        kept.add(same.get());
      } else {
        added++;
      }
      benchmarks.add(benchmark, FILLED_BY);
    }
    int closed = 0;
    for (Benchmarks.Recorded r : recorded) {
      if (!kept.contains(r)) {
        benchmarks.supersede(r.id());
        closed++;
      }
    }
    return new Filled(added, changed, unchanged, closed);
  }

  private static boolean sameComparatorAndPeriod(Benchmark a, Benchmark b) {
    return a.comparator() == b.comparator()
        && a.comparatorName().equals(b.comparatorName())
        && Objects.equals(
            a.period() == null ? null : a.period().code(),
            b.period() == null ? null : b.period().code());
  }
}
