package beacon.organisation;

/**
 * A council as it was set up, with what may be changed of it.
 *
 * @param code the DfE authority code (825), or a council's own code for one that is not an
 *     authority
 * @param shortName the name a paper's headings may use ("Bucks"); null where none is set
 * @param onsCode the ONS code of an authority (E06000060); null where not known
 * @param kind whether it is an English local authority or another council (a trust, a partnership)
 * @param version the version of the row, for a form opened on it
 */
public record OrganisationSettings(
    long id,
    String code,
    String name,
    String shortName,
    String onsCode,
    Kind kind,
    String region,
    long version) {

  /** Whether a council is one of the DfE's local authorities. */
  public enum Kind {
    AUTHORITY,
    OTHER
  }
}
