-- A value's indicator is checked once per statement rather than row by row. The foreign key from
-- indicator_value to indicator looked its indicator up once for every row: a file of a million
-- values made a million lookups, which took longer than copying the values in. The trail's
-- statement trigger (V051) already groups the rows of a statement by indicator and reads each
-- indicator's organisation; it now also takes the lock the foreign key took (for key share, so the
-- indicator cannot be removed before the statement's transaction ends) and refuses the statement,
-- as the foreign key did (SQLSTATE 23503), when a row names an indicator there is not. An indicator
-- that values name cannot be removed, nor its id changed, nor the table of indicators emptied while
-- any value is recorded: triggers on indicator refuse it, as the foreign key's did.
alter table indicator_value drop constraint indicator_value_indicator_id_fkey;

create or replace function audit_value_statement() returns trigger language plpgsql as $$
declare
  actor text := nullif(current_setting('beacon.actor', true), '');
  unknown bigint;
begin
  if tg_op = 'INSERT' then
    with written as (
      insert into audit_event (username, table_name, action, organisation_id, indicator_id,
          new_values, reason)
      select g.username, tg_table_name, tg_op,
             (select i.organisation_id from indicator i where i.id = g.indicator_id
                 for key share),
             g.indicator_id, g.kept, g.reason
        from (select coalesce(actor, n.recorded_by, 'Beacon') as username, n.indicator_id,
                     n.reason, array_agg(row(n.*)::indicator_value) as kept
                from new_rows n
               group by 1, 2, 3, n.id / 10000) g
      returning organisation_id, indicator_id)
    select min(w.indicator_id) into unknown from written w where w.organisation_id is null;
  elsif tg_op = 'UPDATE' then
    with written as (
      insert into audit_event (username, table_name, action, organisation_id, indicator_id,
          old_values, new_values, reason)
      select g.username, tg_table_name, tg_op,
             (select i.organisation_id from indicator i where i.id = g.indicator_id
                 for key share),
             g.indicator_id, g.old_kept, g.new_kept, g.reason
        from (select c.username, c.indicator_id, c.reason, array_agg(c.old_value) as old_kept,
                     array_agg(c.new_value) as new_kept
                from (select coalesce(actor,
                                 case when n.recorded_by is distinct from o.recorded_by
                                   then n.recorded_by end,
                                 'Beacon') as username,
                             case when n.reason is distinct from o.reason then n.reason end
                               as reason,
                             n.indicator_id, n.id, row(o.*)::indicator_value as old_value,
                             row(n.*)::indicator_value as new_value
                        from old_rows o join new_rows n on n.id = o.id
                       where o is distinct from n) c
               group by 1, 2, 3, c.id / 10000) g
      returning organisation_id, indicator_id)
    select min(w.indicator_id) into unknown from written w where w.organisation_id is null;
  else
    insert into audit_event (username, table_name, action, organisation_id, indicator_id,
        old_values, reason)
    select g.username, tg_table_name, tg_op,
           (select i.organisation_id from indicator i where i.id = g.indicator_id), g.indicator_id,
           g.kept, g.reason
      from (select coalesce(actor, o.recorded_by, 'Beacon') as username, o.indicator_id, o.reason,
                   array_agg(row(o.*)::indicator_value) as kept
              from old_rows o
             group by 1, 2, 3, o.id / 10000) g;
  end if;
  if unknown is not null then
    raise foreign_key_violation using
      message = format('insert or update on table "%s" names indicator %s, which there is not',
          tg_table_name, unknown),
      detail = format('Key (indicator_id)=(%s) is not present in table "indicator".', unknown);
  end if;
  return null;
end;
$$;

-- Replacing a function resets how it runs: again as its owner, with its own search path and no sort.
do $$
begin
  execute format('alter function audit_value_statement() security definer '
      || 'set search_path = %I, pg_temp', current_schema());
  alter function audit_value_statement() set enable_sort = off;
end;
$$;

-- An indicator that values name stays: removing it, or giving it another id, is refused.
create function refuse_indicator_of_values() returns trigger language plpgsql as $$
declare
  named bigint;
begin
  if tg_op = 'TRUNCATE' then
    select v.indicator_id into named from indicator_value v limit 1;
  elsif tg_op = 'DELETE' then
    select v.indicator_id into named
      from old_rows o join indicator_value v on v.indicator_id = o.id limit 1;
  else
    select v.indicator_id into named from indicator_value v where v.indicator_id = old.id limit 1;
  end if;
  if named is not null then
    raise foreign_key_violation using
      message = format('indicator %s cannot be removed: values are recorded for it', named),
      detail = format('Key (id)=(%s) is still referenced from table "indicator_value".', named);
  end if;
  return null;
end;
$$;

do $$
begin
  execute format('alter function refuse_indicator_of_values() security definer '
      || 'set search_path = %I, pg_temp', current_schema());
end;
$$;
revoke execute on function refuse_indicator_of_values() from public;

create trigger indicator_of_values_kept after delete on indicator
  referencing old table as old_rows
  for each statement execute function refuse_indicator_of_values();
create trigger indicator_of_values_renumbered after update of id on indicator
  for each row when (old.id is distinct from new.id)
  execute function refuse_indicator_of_values();
create trigger indicator_of_values_emptied before truncate on indicator
  for each statement execute function refuse_indicator_of_values();
