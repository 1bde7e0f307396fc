package beacon.account.web;

import beacon.organisation.Organisation;

/** A council as the API shows it, known by its DfE authority code. */
record OrganisationResource(String code, String name, String region) {

  static OrganisationResource of(Organisation organisation) {
    return new OrganisationResource(
        organisation.code(), organisation.name(), organisation.region());
  }
}
