-- The front sheet a council keeps for each layout of paper, as its clerks set one out (Wokingham's
-- committee report, Buckinghamshire's report to Cabinet): title, committee and meeting, agenda
-- item, wards, strategic director, author, contact officer with service, telephone and email,
-- portfolio areas, outcome, recommendation, summary, background, financial and cross-council
-- implications, background papers, the report's date and version. A paper may change any part for
-- its meeting. Each save raises the version, so a form opened on an older one is refused; the
-- audit trail keeps every earlier text, with who saved it and when.
create table front_sheet (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  layout text not null
    constraint front_sheet_layout_check
      check (layout in ('exceptions', 'scorecard', 'indicator-blocks', 'committee-summary')),
  title text not null default '',
  committee text not null default '',
  meeting_date date,
  agenda_item text not null default '',
  wards text not null default '',
  strategic_director text not null default '',
  author text not null default '',
  contact_officer text not null default '',
  telephone text not null default '',
  email text not null default '',
  service text not null default '',
  portfolio_areas text not null default '',
  outcome text not null default '',
  recommendation text not null default '',
  summary text not null default '',
  background text not null default '',
  financial_implications text not null default '',
  cross_council_implications text not null default '',
  background_papers text not null default '',
  report_date date,
  version_number text not null default '',
  version bigint not null default 1,
  saved_by text not null,
  saved_at timestamptz not null default now()
);
create unique index front_sheet_per_layout on front_sheet (organisation_id, layout);

create trigger front_sheet_audited after insert or update or delete on front_sheet
  for each row execute function audit_change();
create trigger front_sheet_truncation_audited after truncate on front_sheet
  for each statement execute function audit_truncate();
