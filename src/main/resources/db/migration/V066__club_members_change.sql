-- A club's members change after it is set up: a council joins, or leaves. Leaving keeps the
-- membership with who ended it and when, and ends the council's shares with the club the same
-- way. Each change of members makes a new version of the club, so that a form opened on an older
-- one is refused.
alter table benchmarking_club
  add column version bigint not null default 1;

alter table club_member
  add column left_by text,
  add column left_at timestamptz,
  add constraint club_member_left_whole check ((left_by is null) = (left_at is null));

drop index club_member_once;
create unique index club_member_once on club_member (club_id, organisation_id) where left_at is null;

-- A council is one member of a club for each measure: it shares one indicator under a measure's
-- name, never two, so that its figure is counted once in the club's mean and ranks. A second
-- share made before this rule is ended, the newest kept.
alter table club_share
  add column organisation_id bigint references organisation;

update club_share s set organisation_id = i.organisation_id
  from indicator i where i.id = s.indicator_id;

alter table club_share
  alter column organisation_id set not null;

update club_share s set ended_by = 'Beacon (one share for each council and measure)', ended_at = now()
 where s.ended_at is null
   and exists (select 1 from club_share newer
                where newer.club_id = s.club_id and newer.organisation_id = s.organisation_id
                  and newer.ended_at is null
                  and lower(btrim(newer.measure)) = lower(btrim(s.measure))
                  and newer.id > s.id);

create unique index club_share_once_a_measure
  on club_share (club_id, organisation_id, lower(btrim(measure))) where ended_at is null;
