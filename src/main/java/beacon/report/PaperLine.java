package beacon.report;

import beacon.rules.rating.Rag;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator as a paper prints it, in the paper's order.
 *
 * @param group the larger heading it stands under, if the layout has one: "Children's Services
 *     Portfolio - Cllr Warren Whyte"; empty when it has none
 * @param section the heading within the group: "Key areas of good performance"
 * @param number its number within the section, from 1
 * @param value the value as printed: "51%", "New Definition"
 * @param valuePeriod the label of the value's own period: "Sep 2018"
 * @param lagNote said when the value's period ended before the reporting period began: "Data for
 *     2016/17"
 * @param benchmarks as printed: "Statistical Neighbours 81%, South East 84%, England 83%"
 */
public record PaperLine(
    String group,
    String section,
    int number,
    String code,
    String measure,
    String aimTo,
    String dataPeriod,
    BigDecimal targetNumber,
    String target,
    BigDecimal valueNumber,
    String value,
    String valuePeriod,
    String lagNote,
    Rag rag,
    String benchmarks,
    List<String> commentary,
    List<String> improvementActions) {

  /** The group and section as one heading: "Children's Services Portfolio - ...: Key areas ...". */
  public String heading() {
    return group.isEmpty() ? section : group + ": " + section;
  }
}
