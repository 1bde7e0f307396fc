package beacon.papers;

import beacon.rules.rating.Rag;
import java.math.BigDecimal;

/**
 * A value of an earlier period as a paper prints it: in a scorecard's period columns, or in an
 * indicator block's trend chart and its data table.
 *
 * @param label the column's or the row's label: "Q1 Jun 2017", "Q4 2022/23", "2021/22"
 * @param valueNumber the number, or null for a marker or no value
 * @param value as printed: "30%", "New", or empty when there is no value
 * @param targetNumber the target the value was rated against, or null
 * @param target as printed: "20%", or empty
 */
public record RecentValue(
    String label,
    BigDecimal valueNumber,
    String value,
    BigDecimal targetNumber,
    String target,
    Rag rag) {

  static RecentValue none(String label) {
    return new RecentValue(label, null, "", null, "", Rag.NOT_RATED);
  }
}
