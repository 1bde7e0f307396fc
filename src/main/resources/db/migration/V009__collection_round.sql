-- A collection round: each quarter a performance officer asks the service leads for their figures
-- and commentary for one reporting period, by two dates. One round per organisation and period.
-- The due dates in force are kept here; each earlier pair of dates is kept in
-- collection_round_earlier_dates when they change, with who changed them and why.
create table collection_round (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  reporting_period_code text not null,
  data_due date not null,
  commentary_due date not null,
  opened_at timestamptz not null default now(),
  opened_by text not null,
  note text,
  -- when and by whom the due dates in force were set: at opening, or at the last change
  dates_set_at timestamptz not null default now(),
  dates_set_by text not null,
  check (commentary_due >= data_due),
  unique (organisation_id, reporting_period_code)
);

create table collection_round_earlier_dates (
  id bigint generated always as identity primary key,
  collection_round_id bigint not null references collection_round,
  data_due date not null,
  commentary_due date not null,
  set_at timestamptz not null,
  set_by text not null,
  replaced_at timestamptz not null default now(),
  replaced_by text not null,
  reason text
);
create index collection_round_earlier_dates_by_round
  on collection_round_earlier_dates (collection_round_id);

-- Earlier due dates are a record: never changed or deleted.
create function collection_round_earlier_dates_kept() returns trigger language plpgsql as $$
begin
  raise exception 'Earlier due dates of a collection round are never changed or deleted';
end;
$$;
create trigger collection_round_earlier_dates_kept
  before update or delete on collection_round_earlier_dates
  for each row execute function collection_round_earlier_dates_kept();

-- A named approver: an account that may approve the commentary of an indicator, or of every
-- indicator in a portfolio, besides the organisation's performance officers and administrators.
create table approver (
  id bigint generated always as identity primary key,
  account_id bigint not null references account,
  indicator_id bigint references indicator,
  portfolio_id bigint references portfolio,
  named_at timestamptz not null default now(),
  named_by text not null,
  check ((indicator_id is null) <> (portfolio_id is null)),
  unique nulls not distinct (account_id, indicator_id, portfolio_id)
);
create index approver_by_indicator on approver (indicator_id);
create index approver_by_portfolio on approver (portfolio_id);
