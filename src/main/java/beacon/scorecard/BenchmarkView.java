package beacon.scorecard;

import beacon.benchmark.Comparator;
import beacon.web.PeriodView;
import java.math.BigDecimal;

/** A benchmark as a scorecard shows it. */
public record BenchmarkView(
    Comparator comparator,
    String name,
    BigDecimal value,
    String display,
    PeriodView period,
    String source) {}
