-- What a catalogue row (indicator, portfolio, priority, theme, RAG scheme) was before each change,
-- who changed it, when and why, so that an edit never loses what was there. A row's first change
-- is its creation (old_values null); the number of changes recorded for a row is its version,
-- which tells an edit whether someone else saved the row since the form was opened.
create table catalogue_change (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisation,
  table_name text not null
    check (table_name in ('indicator', 'portfolio', 'priority', 'theme', 'rag_scheme')),
  row_id bigint not null,
  old_values jsonb,
  changed_by text not null,
  changed_at timestamptz not null default now(),
  reason text
);
create index catalogue_change_by_row on catalogue_change (table_name, row_id);

create trigger catalogue_change_changed after insert or update or delete or truncate on catalogue_change
  for each statement execute function count_change();
