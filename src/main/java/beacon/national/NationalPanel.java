package beacon.national;

import java.util.List;

/**
 * What the indicator page shows of the national data: the organisation's figure for the measure the
 * indicator is linked to, against England, its region and its statistical neighbours, with its
 * rank, quartile, the drafted benchmarking sentence, every authority as a ranked chart and the
 * years before.
 *
 * @param state what there is to show
 * @param measure the linked measure; null when not linked, or the measure is not in the data
 * @param measureCode the code linked, null when not linked
 * @param yearLabel the year shown, as councils write it ("2021/22")
 * @param comparisons the organisation, England, its region and its neighbours, in that order
 * @param neighbours each neighbour with its figure, closest first
 * @param sentence the drafted benchmarking sentence, null when nothing can be compared
 * @param chart null when no authority has a figure
 * @param years every year, newest first
 */
public record NationalPanel(
    State state,
    NationalFigures.Measure measure,
    String measureCode,
    String linkedBy,
    String yearLabel,
    String source,
    List<Comparison> comparisons,
    String rank,
    String quartile,
    String change,
    List<Comparison> neighbours,
    String sentence,
    RankedChart chart,
    List<Year> years) {

  /** What the panel can show. */
  public enum State {
    /** The indicator is not compared with a national measure. */
    NOT_LINKED,
    /** The national data is still loading (or was never loaded). */
    NOT_LOADED,
    /** The linked measure is not in the national data loaded. */
    NO_MEASURE,
    /** The measure has figures. */
    SHOWN
  }

  /** A figure compared: "England 79.2%", with a note such as "9 of 10 neighbours". */
  public record Comparison(String name, String display, String note) {}

  /** One year's figures, each written or null. */
  public record Year(
      String label, String value, String england, String region, String neighbours) {}

  static NationalPanel without(State state, NationalFigures.Measure measure, String code) {
    return new NationalPanel(
        state, measure, code, null, null, null, List.of(), null, null, null, List.of(), null, null,
        List.of());
  }
}
