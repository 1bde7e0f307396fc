package beacon.benchmark;

/** What an authority's figure is compared with. */
public enum Comparator {
  ENGLAND,
  REGION,
  STATISTICAL_NEIGHBOURS,
  CIPFA_NEIGHBOURS,
  /** The authority's own published figure (as the DfE publishes it). */
  AUTHORITY,
  OTHER
}
