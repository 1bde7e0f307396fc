package beacon.account;

/**
 * An indicator or a portfolio whose values and commentary a contributor enters.
 *
 * @param indicatorCode null for a portfolio
 * @param portfolioName null for an indicator
 */
public record Assignment(
    long id, String indicatorCode, String indicatorTitle, String portfolioName) {

  public boolean isPortfolio() {
    return portfolioName != null;
  }
}
