package beacon.account;

import java.io.Serializable;

/**
 * A person who signs in to Beacon.
 *
 * @param organisationId the organisation the account belongs to; null for every organisation
 */
public record Account(long id, String username, String name, Role role, Long organisationId)
    implements Serializable {

  /** Whether the account may act for the organisation with this id. */
  public boolean belongsTo(long organisation) {
    return organisationId == null || organisationId == organisation;
  }
}
