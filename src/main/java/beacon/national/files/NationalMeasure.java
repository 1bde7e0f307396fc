package beacon.national.files;

import beacon.rules.rating.Polarity;

/**
 * A measure as the LAIT data dictionary defines it.
 *
 * @param code the code the data set uses in {@code Short Desc} (the dictionary's {@code
 *     Measure_short})
 * @param decimals the decimal places the LAIT shows, null when the dictionary does not say
 * @param yearType {@code Academic Year}, {@code Financial Year}, {@code Calendar Year}...
 * @param lastUpdate an ISO date ({@code 2025-06-01}) or the dictionary's words ({@code New Data})
 * @param nextUpdate an ISO date or the dictionary's words ({@code TBC}, {@code Discontinued})
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
    String nextUpdate) {}
