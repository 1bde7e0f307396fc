package beacon.organisation;

import beacon.rules.rating.RagWords;

/**
 * A council as it was set up, with what may be changed of it.
 *
 * @param code the DfE authority code (825), or a council's own code for one that is not an
 *     authority
 * @param shortName the name a paper's headings may use ("Bucks"); null where none is set
 * @param onsCode the ONS code of an authority (E06000060); null where not known
 * @param kind whether it is an English local authority or another council (a trust, a partnership)
 * @param notRatedWord its own word for a value it does not rate ("Blue"); null for "Not rated"
 * @param notRatedColour the colour of that word's tag; null for grey
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
    String notRatedWord,
    String notRatedColour,
    long version) {

  /** The words its pages and papers print for ratings. */
  public RagWords ragWords() {
    return RagWords.of(notRatedWord, notRatedColour);
  }

  /** Whether a council is one of the DfE's local authorities. */
  public enum Kind {
    AUTHORITY,
    OTHER
  }
}
