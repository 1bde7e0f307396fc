package beacon.account;

/**
 * What an account may do. Each role may do everything the roles below it may: an administrator
 * keeps the catalogue, the rating schemes and the accounts; a performance officer keeps all the
 * data and papers of the organisation; a contributor enters the values and commentary of the
 * indicators and portfolios assigned to them; a reader sees everything and changes nothing.
 */
public enum Role {
  READER,
  CONTRIBUTOR,
  PERFORMANCE_OFFICER,
  ADMINISTRATOR;

  /** Whether this role may do what {@code other} may. */
  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
