package beacon.setup.web;

import beacon.organisation.OrganisationSettings;
import beacon.rules.rating.RagWords;

/** The forms of setting up a council, as typed. */
final class CouncilForms {

  private CouncilForms() {}

  /** An English authority, by its code. */
  record AuthorityForm(String code) {}

  /** A council that is not an authority: its own code, its name and its region. */
  record OtherForm(String code, String name, String region) {}

  /**
   * A council's names, and its own word for a value it does not rate with that word's colour, at
   * the version the form was opened on.
   */
  record NamesForm(
      String version, String name, String shortName, String notRatedWord, String notRatedColour) {

    /** The form of a council's settings as saved. */
    static NamesForm of(OrganisationSettings settings) {
      RagWords words = settings.ragWords();
      return new NamesForm(
          String.valueOf(settings.version()),
          settings.name(),
          settings.shortName(),
          words.named() ? words.notRated() : "",
          words.notRatedColour().name());
    }

    /** What was typed, on the version saved now. */
    NamesForm atVersion(long version) {
      return new NamesForm(String.valueOf(version), name, shortName, notRatedWord, notRatedColour);
    }
  }
}
