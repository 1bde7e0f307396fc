-- A council is set up in Beacon by its DfE authority code, its name, region and ONS code taken
-- from the DfE's list of authorities; a council that is not an authority (a trust, a partnership)
-- with a code of its own. Its name and short name may be changed afterwards: each change makes a
-- new version, so that a form opened on an older one is refused, and the audit trail keeps what
-- it was.
alter table organisation
  add column short_name text,
  add column ons_code text,
  add column kind text not null default 'AUTHORITY' check (kind in ('AUTHORITY', 'OTHER')),
  add column version bigint not null default 1;
