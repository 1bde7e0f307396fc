package beacon.national.files;

/**
 * An English authority under one of its codes: the old three-digit code stays, the new (ONS) code
 * changes when the authority is reorganised, so an authority can have several rows.
 *
 * @param firstYear the first year the authority reports under these codes
 * @param lastYear the last year it does
 */
public record Authority(
    String oldCode,
    String newCode,
    String name,
    String regionCode,
    String regionName,
    int firstYear,
    int lastYear) {

  /** Whether the authority reports under these codes in the year. */
  public boolean reportsIn(int year) {
    return firstYear <= year && year <= lastYear;
  }
}
