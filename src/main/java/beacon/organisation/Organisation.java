package beacon.organisation;

import beacon.rules.rating.RagWords;

/**
 * A council, known by its DfE authority code (Buckinghamshire 825).
 *
 * @param notRatedWord its own word for a value it does not rate ("Blue"); null for "Not rated"
 * @param notRatedColour the colour of that word's tag, a {@link RagWords.Colour}'s name; null for
 *     grey
 */
public record Organisation(
    long id, String code, String name, String region, String notRatedWord, String notRatedColour) {

  public Organisation(long id, String code, String name, String region) {
    this(id, code, name, region, null, null);
  }

  /** The words its pages and papers print for ratings. */
  public RagWords ragWords() {
    return RagWords.of(notRatedWord, notRatedColour);
  }
}
