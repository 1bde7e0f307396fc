-- Beacon's first schema: organisations and their indicator catalogue, the values reported for
-- each indicator and period, targets, RAG schemes, benchmarks, commentary and improvement actions.
--
-- Nothing a user enters is overwritten: values, targets, ratings given by hand, benchmarks and
-- commentary keep every version. The current version of a row has superseded_at null; a
-- correction closes the old version (superseded_at) and adds a new one saying who, when and why.

create table organisation (
  id bigint generated always as identity primary key,
  code text not null unique,
  name text not null,
  region text
);

create table portfolio (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  name text not null,
  cabinet_member text,
  note text,
  unique (organisation_id, name)
);

create table priority (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  name text not null,
  description text,
  unique (organisation_id, name)
);

create table theme (
  id bigint generated always as identity primary key,
  priority_id bigint not null references priority,
  name text not null,
  position integer not null default 0,
  unique (priority_id, name)
);

create table indicator (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  code text not null,
  title text not null,
  definition text,
  polarity text not null check (polarity in ('HIGH', 'LOW', 'NONE')),
  unit text not null check (unit in ('PERCENT', 'NUMBER', 'SCORE', 'RATE', 'DAYS')),
  decimal_places integer not null default 0 check (decimal_places between 0 and 6),
  frequency text not null
    check (frequency in ('FINANCIAL_YEAR', 'FINANCIAL_QUARTER', 'ACADEMIC_YEAR', 'CALENDAR_YEAR', 'MONTH', 'ISO_WEEK')),
  data_period text,
  lag_months integer not null default 0 check (lag_months between 0 and 60),
  target_type text check (target_type in ('NATIONAL', 'LOCAL')),
  owner text,
  status text not null default 'ACTIVE' check (status in ('ACTIVE', 'NEW', 'NEW_DEFINITION', 'RETIRED')),
  portfolio_id bigint references portfolio,
  priority_id bigint references priority,
  theme_id bigint references theme,
  -- the financial years (codes such as 2017-18) in which the indicator is reported; null: open
  reported_from text check (reported_from ~ '^\d{4}-\d{2}$'),
  reported_to text check (reported_to ~ '^\d{4}-\d{2}$'),
  position integer not null default 0,
  note text,
  unique (organisation_id, code)
);

create table indicator_value (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  period_code text not null,
  period_start date not null,
  period_end date not null,
  value numeric,
  numerator numeric,
  denominator numeric,
  marker text check (marker in ('NEW', 'NEW_DEFINITION', 'NOT_AVAILABLE', 'SUPPRESSED')),
  provisional boolean not null default false,
  note text,
  source text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  reason text,
  superseded_at timestamptz,
  check ((value is null) <> (marker is null)),
  check (period_start <= period_end)
);
create unique index indicator_value_current on indicator_value (indicator_id, period_code)
  where superseded_at is null;
create index indicator_value_by_end on indicator_value (indicator_id, period_end)
  where superseded_at is null;

create table target (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  period_code text not null,
  period_start date not null,
  period_end date not null,
  target numeric not null,
  tolerance numeric not null default 0 check (tolerance >= 0),
  floor numeric,
  source text,
  note text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  reason text,
  superseded_at timestamptz
);
create unique index target_current on target (indicator_id, period_code) where superseded_at is null;

create table rag_scheme (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  name text not null,
  kind text not null check (kind in ('TWO_STATE', 'RELATIVE_BAND', 'ABSOLUTE_BAND', 'FLOOR')),
  band numeric check (band > 0),
  description text,
  unique (organisation_id, name),
  check ((kind in ('RELATIVE_BAND', 'ABSOLUTE_BAND')) = (band is not null))
);

-- Which scheme rates an organisation's indicators from a date on; a row with an indicator
-- overrides the organisation's scheme for that indicator.
create table rag_scheme_use (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  indicator_id bigint references indicator,
  rag_scheme_id bigint not null references rag_scheme,
  effective_from date not null,
  unique nulls not distinct (organisation_id, indicator_id, effective_from)
);

-- A rating given by a person rather than computed: ASSESSED where Beacon holds no figures (a
-- paper printed the rating only), OVERRIDE where an officer overrides the computed rating.
create table rating_judgement (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  reporting_period_code text not null,
  kind text not null check (kind in ('ASSESSED', 'OVERRIDE')),
  rag text not null check (rag in ('RED', 'AMBER', 'GREEN', 'NOT_RATED')),
  reason text not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  superseded_at timestamptz
);
create unique index rating_judgement_current on rating_judgement (indicator_id, reporting_period_code)
  where superseded_at is null;

create table benchmark (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  -- the report the figure was given for, when it was typed for one
  reporting_period_code text,
  comparator text not null
    check (comparator in ('ENGLAND', 'REGION', 'STATISTICAL_NEIGHBOURS', 'CIPFA_NEIGHBOURS', 'AUTHORITY', 'OTHER')),
  comparator_name text not null,
  -- the benchmark's own period, when known
  period_code text,
  value numeric not null,
  source text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  superseded_at timestamptz
);
create index benchmark_by_indicator on benchmark (indicator_id) where superseded_at is null;

create table commentary (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references indicator,
  reporting_period_code text not null,
  narrative text not null default '',
  benchmark_text text,
  author text,
  state text not null default 'DRAFT' check (state in ('DRAFT', 'SUBMITTED', 'APPROVED')),
  source text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  reason text,
  superseded_at timestamptz
);
create unique index commentary_current on commentary (indicator_id, reporting_period_code)
  where superseded_at is null;

create table improvement_action (
  id bigint generated always as identity primary key,
  commentary_id bigint not null references commentary,
  position integer not null,
  action text not null,
  unique (commentary_id, position)
);

-- When the demonstration data was loaded; it is loaded into an empty database once.
create table demo_data_load (
  loaded_at timestamptz not null default now(),
  description text not null
);
