package beacon.benchmark;

import beacon.rules.period.Period;
import java.math.BigDecimal;

/**
 * A comparator's figure for an indicator, with its own period and source ("England 20%, CIN Census
 * 2021/22").
 *
 * @param reportingPeriodCode the report it was given for, when typed for one; else null
 * @param period its own period, or null when the paper did not say
 */
public record Benchmark(
    long indicatorId,
    String reportingPeriodCode,
    Comparator comparator,
    String comparatorName,
    Period period,
    BigDecimal value,
    String source) {}
