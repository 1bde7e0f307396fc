package beacon.benchmark;

/** What an authority's figure is compared with. */
public enum Comparator {
  ENGLAND,
  REGION,
  STATISTICAL_NEIGHBOURS,
  CIPFA_NEIGHBOURS,
  /**
   * Where the best of the national quartile bands begins (the upper quartile of every authority's
   * figure when high is good, the lower when low is good): a threshold to aim for, not an average
   * to compare with, so papers do not list it among the benchmarks.
   */
  TOP_QUARTILE,
  /** The authority's own published figure (as the DfE publishes it). */
  AUTHORITY,
  OTHER;

  /** Whether papers and scorecards list it among an indicator's benchmarks. */
  public boolean comparedWith() {
    return this != TOP_QUARTILE;
  }
}
