-- Committee papers as they were published: the whole paper, its lines and figures as of that
-- moment, kept under a permanent reference so that later corrections never change what went to
-- the committee. A paper published again is a new row; no row is ever changed or deleted.
create table published_paper (
  id bigserial primary key,
  reference text not null unique,
  organisation_id bigint not null references organisation,
  layout text not null,
  period_code text not null,
  portfolio text,
  content jsonb not null,
  published_at timestamptz not null default now(),
  published_by text not null,
  note text
);
create index published_paper_by_organisation on published_paper (organisation_id, published_at desc);

create function refuse_published_paper_change() returns trigger language plpgsql as $$
begin
  raise exception 'A published paper is never changed or deleted; publish the paper again instead';
end;
$$;

create trigger published_paper_unchangeable before update or delete on published_paper
  for each row execute function refuse_published_paper_change();

create trigger published_paper_changed after insert or update or delete or truncate on published_paper
  for each statement execute function count_change();
