package beacon.imports;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.imports.RowKind.Outcome;
import beacon.indicator.Indicator;
import beacon.rules.rating.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The national benchmarks recorded for an organisation's indicators (those given for no one
 * report), and how an imported figure compares with them: new, the same, or a change that replaces
 * the figure recorded and keeps it.
 */
final class RecordedBenchmarks {

  private final Benchmarks benchmarks;
  private final Map<Long, List<Benchmark>> recorded;

  RecordedBenchmarks(Benchmarks benchmarks, Collection<Indicator> indicators) {
    this.benchmarks = benchmarks;
    this.recorded = benchmarks.currentFor(indicators.stream().map(Indicator::id).toList());
  }

  Outcome compare(BenchmarkFile.Row row) {
    Optional<Benchmark> current =
        recorded.getOrDefault(row.indicator().id(), List.of()).stream()
            .filter(
                b ->
                    b.reportingPeriodCode() == null
                        && b.comparator() == row.comparator()
                        && b.comparatorName().equals(row.comparatorName())
                        && b.period() != null
                        && b.period().code().equals(row.period().code()))
            .findFirst();
    Benchmark becomes =
        new Benchmark(
            row.indicator().id(),
            null,
            row.comparator(),
            row.comparatorName(),
            row.period(),
            row.value(),
            row.source(),
            row.published());
    if (current.isEmpty()) {
      return Outcome.added(by -> benchmarks.add(becomes, by.by()));
    }
    Benchmark was = current.get();
    if (was.value().compareTo(row.value()) == 0
        && Objects.equals(was.source(), row.source())
        && Objects.equals(was.publishedOn(), row.published())) {
      return Outcome.unchanged();
    }
    Unit unit = row.indicator().unit();
    return Outcome.changed(
        new ImportReport.Change(
            row.number(),
            row.indicator().code(),
            row.period().label(),
            written(was, unit),
            written(becomes, unit)),
        by -> {
          benchmarks.supersede(
              row.indicator().id(), row.comparator(), row.comparatorName(), row.period().code());
          benchmarks.add(becomes, by.by());
        });
  }

  /** "England 22%", with its source when it has one. */
  private static String written(Benchmark benchmark, Unit unit) {
    return benchmark.comparatorName()
        + " "
        + unit.format(benchmark.value())
        + (benchmark.source() == null ? "" : " (" + benchmark.source() + ")")
        + (benchmark.publishedOn() == null ? "" : ", published " + benchmark.publishedOn());
  }
}
