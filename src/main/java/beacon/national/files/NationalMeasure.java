package beacon.national.files;

import beacon.rules.rating.Polarity;

/**
 * A national measure: as the LAIT data dictionary defines it, or as an Explore Education Statistics
 * file's column and filters give it.
 *
 * @param code the code the data set uses in {@code Short Desc} (the dictionary's {@code
 *     Measure_short}); for an EES measure, the file's code, the column and the filter values
 *     ({@code c1.rereferral_child_percent})
 * @param polarity null when nothing says
 * @param decimals the decimal places the LAIT shows, null when the dictionary does not say
 * @param yearType {@code Academic Year}, {@code Financial Year}, {@code Calendar Year}...
 * @param lastUpdate an ISO date ({@code 2025-06-01}) or the dictionary's words ({@code New Data})
 * @param nextUpdate an ISO date or the dictionary's words ({@code TBC}, {@code Discontinued})
 * @param publication the publication the figures come from, as a benchmark's source names it
 *     ({@code CIN Census}); null when nothing says
 * @param variant the definition the measure follows where more than one is published ({@code
 *     referral-based}, {@code child-based}); null when there is one
 * @param banded whether the measure is shown in quartile bands (the dictionary's {@code
 *     No_Quartile} is not {@code N})
 * @param source where the figures come from: {@code LAIT}, or the EES file's name
 */
public record NationalMeasure(
    String code,
    String name,
    String topic,
    Polarity polarity,
    Integer decimals,
    String yearType,
    String description,
    String methodology,
    String owner,
    String lastUpdate,
    String nextUpdate,
    String publication,
    String variant,
    boolean banded,
    String source) {

  /** What the LAIT's figures are said to come from. */
  public static final String LAIT = "LAIT";

  /** A measure of the LAIT's data set that its dictionary does not describe: its name only. */
  public static NationalMeasure ofTheLaitNamed(String code, String name) {
    return new NationalMeasure(
        code, name, null, null, null, null, null, null, null, null, null, null, null, true, LAIT);
  }
}
