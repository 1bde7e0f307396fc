-- One number that moves whenever anything a scorecard is built from changes, so that a computed
-- scorecard can be kept and reused until then, by every instance of Beacon on this database.
create table change_counter (
  only_row boolean primary key default true check (only_row),
  version bigint not null
);
insert into change_counter (version) values (0);

create function count_change() returns trigger language plpgsql as $$
begin
  update change_counter set version = version + 1;
  return null;
end;
$$;

do $$
declare
  t text;
begin
  foreach t in array array['organisation', 'portfolio', 'priority', 'theme', 'indicator',
      'indicator_value', 'target', 'rag_scheme', 'rag_scheme_use', 'rating_judgement', 'benchmark',
      'commentary', 'improvement_action']
  loop
    execute format('create trigger %I after insert or update or delete or truncate on %I '
        || 'for each statement execute function count_change()', t || '_changed', t);
  end loop;
end;
$$;
