package beacon.imports;

import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import java.math.BigDecimal;

/**
 * A row of a values file, read and checked: which indicator, which period, and what was recorded.
 *
 * @param row the row's number as a spreadsheet shows it
 */
public record ValueRow(
    int row,
    long indicatorId,
    String indicatorCode,
    Period period,
    Figure figure,
    BigDecimal numerator,
    BigDecimal denominator,
    boolean provisional,
    String note) {}
