-- The values of indicators are audited per statement rather than row by row: a file of a million
-- values is one statement, and a trigger firing a million times took as long as writing the values
-- themselves. Each statement that adds, changes or removes values leaves one row in audit_event per
-- indicator (and per who and why, and per 10,000 values at most), holding every value's row before
-- and after it, whole: old_values and new_values, arrays of indicator_value's own rows, in the same
-- order, the row at one position in both being the same row. They are kept as the table's rows
-- rather than as JSON because making JSON of a million rows took longer than writing them. The
-- view audit_line reads the trail back as one line per row changed, old_row and new_row as JSON,
-- as audit_event read before, so the trail of each value is as whole as it was: what it was, what
-- it became, who, when and why.
--
-- Who, when and why as V008 has them: who is the setting beacon.actor, else the name the row
-- records (recorded_by; on an update only when the update changed it), else Beacon; when is the
-- time of the transaction, with its transaction_id; why is the row's reason (on an update only when
-- the update changed it). An update that changes nothing is no change.
--
-- As the trail keeps rows of indicator_value, PostgreSQL refuses to drop a column of that table or
-- change its type (adding one is allowed): such a migration must first say how the rows kept in the
-- trail are to be read.
alter table audit_event add column old_values indicator_value[],
  add column new_values indicator_value[];

-- At most 10,000 rows go in one row of the trail. The rows are grouped by hashing rather than by
-- sorting them (enable_sort off, for this function only): a million rows sorted took half as long
-- again.
create function audit_value_statement() returns trigger language plpgsql as $$
declare
  actor text := nullif(current_setting('beacon.actor', true), '');
begin
  if tg_op = 'INSERT' then
    insert into audit_event (username, table_name, action, organisation_id, indicator_id,
        new_values, reason)
    select g.username, tg_table_name, tg_op,
           (select i.organisation_id from indicator i where i.id = g.indicator_id), g.indicator_id,
           g.kept, g.reason
      from (select coalesce(actor, n.recorded_by, 'Beacon') as username, n.indicator_id, n.reason,
                   array_agg(row(n.*)::indicator_value) as kept
              from new_rows n
             group by 1, 2, 3, n.id / 10000) g;
  elsif tg_op = 'UPDATE' then
    insert into audit_event (username, table_name, action, organisation_id, indicator_id,
        old_values, new_values, reason)
    select g.username, tg_table_name, tg_op,
           (select i.organisation_id from indicator i where i.id = g.indicator_id), g.indicator_id,
           g.old_kept, g.new_kept, g.reason
      from (select c.username, c.indicator_id, c.reason, array_agg(c.old_value) as old_kept,
                   array_agg(c.new_value) as new_kept
              from (select coalesce(actor,
                               case when n.recorded_by is distinct from o.recorded_by
                                 then n.recorded_by end,
                               'Beacon') as username,
                           case when n.reason is distinct from o.reason then n.reason end as reason,
                           n.indicator_id, n.id, row(o.*)::indicator_value as old_value,
                           row(n.*)::indicator_value as new_value
                      from old_rows o join new_rows n on n.id = o.id
                     where o is distinct from n) c
             group by 1, 2, 3, c.id / 10000) g;
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
  return null;
end;
$$;

do $$
begin
  execute format('alter function audit_value_statement() security definer '
      || 'set search_path = %I, pg_temp', current_schema());
  alter function audit_value_statement() set enable_sort = off;
end;
$$;
revoke execute on function audit_value_statement() from public;

drop trigger indicator_value_audited on indicator_value;
create trigger indicator_value_added_audited after insert on indicator_value
  referencing new table as new_rows
  for each statement execute function audit_value_statement();
create trigger indicator_value_changed_audited after update on indicator_value
  referencing old table as old_rows new table as new_rows
  for each statement execute function audit_value_statement();
create trigger indicator_value_removed_audited after delete on indicator_value
  referencing old table as old_rows
  for each statement execute function audit_value_statement();

-- One line per row changed: a row of the trail written row by row is one line, a row written per
-- statement one line for each row it holds. event_id and line tell where a line comes from; id is
-- the line's own, unique in the view (negative for the lines of a row written per statement).
create view audit_line as
select e.id as id, e.id as event_id, 0::bigint as line, e.changed_at, e.transaction_id,
       e.username, e.table_name, e.action, e.organisation_id, e.indicator_id, e.row_id, e.old_row,
       e.new_row, e.reason
  from audit_event e
 where e.old_values is null and e.new_values is null
union all
select -(e.id * 100000 + l.line), e.id, l.line, e.changed_at, e.transaction_id, e.username,
       e.table_name, e.action, e.organisation_id, e.indicator_id,
       (coalesce(l.new_value, l.old_value)).id, to_jsonb(l.old_value), to_jsonb(l.new_value),
       e.reason
  from audit_event e
 cross join lateral (
       select row_number() over () as line, p.old_value, p.new_value
         from (select unnest(e.old_values) as old_value, unnest(e.new_values) as new_value) p) l
 where e.old_values is not null or e.new_values is not null;
