-- National data: every English authority's published figures, the DfE's statistical neighbour
-- models and the bank holidays. Reference data, shipped with Beacon and loaded whole (by the
-- command load-national, or on the first start of the demo): a load replaces what is there.

create table authority (
  old_code text not null,
  new_code text not null,
  name text not null,
  region_code text,
  region_name text,
  first_year int not null,
  last_year int not null,
  primary key (old_code, new_code)
);

create table statistical_neighbour (
  -- the DfE's model: '2021' or '2025'
  model text not null,
  authority text not null,
  position int not null check (position between 1 and 10),
  neighbour text not null,
  closeness text,
  primary key (model, authority, position)
);

create table bank_holiday (
  holiday date primary key,
  title text not null
);

create table national_measure (
  code text primary key,
  name text not null,
  topic text,
  polarity text check (polarity in ('HIGH', 'LOW', 'NONE')),
  decimals int,
  year_type text,
  description text,
  methodology text,
  owner text,
  -- as the dictionary gives them: an ISO date, or words such as "Discontinued"
  last_update text,
  next_update text,
  -- where the figures come from: 'LAIT', or the EES file
  source text not null
);

create table national_value (
  measure_code text not null,
  -- the year as the source writes it: '2022', '2021/22', '2014-16'
  year text not null,
  -- the authority's old code; 970 England; 9xx over 980 the regions
  area_code text not null,
  area_name text not null,
  region text,
  value numeric,
  -- the mark written where no figure is published: '-', 'c', 'x' ...
  suppression text,
  primary key (measure_code, year, area_code)
);

-- When the national data was last loaded, and from what.
create table national_load (
  id bigint generated always as identity primary key,
  loaded_at timestamptz not null default now(),
  measures int not null,
  figures int not null,
  took_ms bigint not null
);

do $$
declare
  t text;
begin
  foreach t in array array['authority', 'statistical_neighbour', 'bank_holiday', 'national_measure',
      'national_value', 'national_load']
  loop
    execute format('create trigger %I after insert or update or delete or truncate on %I '
        || 'for each statement execute function count_change()', t || '_changed', t);
  end loop;
end;
$$;
