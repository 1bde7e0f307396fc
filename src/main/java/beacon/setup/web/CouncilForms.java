package beacon.setup.web;

/** The forms of setting up a council, as typed. */
final class CouncilForms {

  private CouncilForms() {}

  /** An English authority, by its code. */
  record AuthorityForm(String code) {}

  /** A council that is not an authority: its own code, its name and its region. */
  record OtherForm(String code, String name, String region) {}

  /** A council's names, at the version the form was opened on. */
  record NamesForm(String version, String name, String shortName) {}
}
