package beacon.account;

/** Who may use a route of Beacon's pages or API. */
public enum Access {
  /** Anyone, signed in or not: published papers, the sign-in page, styles and scripts. */
  PUBLIC,
  /**
   * Any signed-in account, readers included: one's own tokens, the list of one's organisations, the
   * national data.
   */
  SIGNED_IN,
  /**
   * Reading an organisation's pages, figures and papers: every account of the organisation, readers
   * included, and the accounts of every organisation. To anyone else the organisation is not there.
   */
  ORGANISATION_MEMBER,
  /**
   * The values and commentary of an indicator: its organisation's performance officers and
   * administrators, and the contributors it is assigned to (itself or through its portfolio).
   */
  INDICATOR_FIGURES,
  /**
   * Approving an indicator's commentary: its organisation's performance officers and
   * administrators, and the accounts named as its approvers (itself or through its portfolio).
   */
  APPROVER,
  /** The organisation's data and papers: its performance officers and administrators. */
  PERFORMANCE_OFFICER,
  /** The organisation's catalogue, rating schemes and accounts: its administrators. */
  ADMINISTRATOR,
  /**
   * Setting up councils in Beacon: the administrators of every organisation (of a region's or a
   * club's Beacon, its hub administrators), and no one else.
   */
  EVERY_ORGANISATION_ADMINISTRATOR
}
