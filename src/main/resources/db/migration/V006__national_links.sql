-- What more the national measures say about themselves, and which national measure each of a
-- council's indicators is compared with.

-- The publication the figures come from, as a benchmark's source names it ("CIN Census"); the
-- definition the measure follows where more than one is published ("referral-based",
-- "child-based"); whether the LAIT shows it in quartile bands (its dictionary's No_Quartile).
alter table national_measure
  add column publication text,
  add column variant text,
  add column banded boolean not null default true;

-- An indicator compared with a national measure. Linking again, or unlinking, closes the current
-- link (superseded_at) and keeps it, with who made it and when.
create table national_link (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  -- no foreign key: a new load of the national data replaces the measures
  measure_code text not null,
  -- false for a row that records the link ended (measure_code then names the measure it was)
  linked boolean not null default true,
  reason text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  superseded_at timestamptz
);
create unique index national_link_current on national_link (indicator_id)
  where superseded_at is null;

create trigger national_link_changed after insert or update or delete or truncate on national_link
  for each statement execute function count_change();
