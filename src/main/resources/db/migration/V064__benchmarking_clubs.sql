-- Benchmarking clubs, as LG Inform's are: councils of one Beacon (a region's, or a club's) that
-- agree to compare local indicators no national collection has. A hub administrator sets up a
-- club and its members; a member shares one of its own indicators with the club under the club's
-- name for the measure, and every member sharing the same measure is then compared on it: each
-- member's figure for the period, the club's mean and each member's rank. Ending a share keeps
-- it, with who and when.
create table benchmarking_club (
  id bigint generated always as identity primary key,
  name text not null
    constraint benchmarking_club_name_check check (char_length(btrim(name)) between 1 and 100),
  created_by text not null,
  created_at timestamptz not null default now()
);
create unique index benchmarking_club_name on benchmarking_club (lower(btrim(name)));

create table club_member (
  id bigint generated always as identity primary key,
  club_id bigint not null references benchmarking_club,
  organisation_id bigint not null references organisation,
  joined_by text not null,
  joined_at timestamptz not null default now()
);
create unique index club_member_once on club_member (club_id, organisation_id);

create table club_share (
  id bigint generated always as identity primary key,
  club_id bigint not null references benchmarking_club,
  indicator_id bigint not null references indicator,
  -- the club's name for the measure: members sharing the same one are compared on it
  measure text not null
    constraint club_share_measure_check check (char_length(btrim(measure)) between 1 and 200),
  shared_by text not null,
  shared_at timestamptz not null default now(),
  ended_by text,
  ended_at timestamptz,
  constraint club_share_ended_whole check ((ended_by is null) = (ended_at is null))
);
create unique index club_share_current on club_share (club_id, indicator_id) where ended_at is null;
create index club_share_by_measure on club_share (club_id, lower(btrim(measure))) where ended_at is null;

do $$
declare
  t text;
begin
  foreach t in array array['benchmarking_club', 'club_member', 'club_share']
  loop
    execute format('create trigger %I after insert or update or delete on %I '
        || 'for each row execute function audit_change()', t || '_audited', t);
    execute format('create trigger %I after truncate on %I '
        || 'for each statement execute function audit_truncate()', t || '_truncation_audited', t);
  end loop;
end;
$$;
