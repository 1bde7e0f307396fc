-- The audit trail: every change to what users keep in Beacon (the catalogue, values, targets,
-- schemes, benchmarks, commentary, papers, national links, accounts), with who, when, what it was
-- and what it became, and why where a reason was given. Written by the database itself, so no
-- change escapes it; never changed or deleted.
--
-- Who: the setting beacon.actor, which Beacon sets on each connection it hands out to the
-- username of the signed-in account; when nobody is signed in, the name the row records
-- (recorded_by, changed_by, published_by, created_by, assigned_by), else Beacon.
-- When: the time of the transaction, so the rows of one change share it and its transaction_id.
-- Secrets (password and token hashes) are never copied here; that one changed is.
create table audit_event (
  id bigint generated always as identity primary key,
  changed_at timestamptz not null default now(),
  transaction_id bigint not null default txid_current(),
  username text not null,
  table_name text not null,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')),
  -- no foreign keys: the trail outlives what it tells of
  organisation_id bigint,
  indicator_id bigint,
  row_id bigint,
  old_row jsonb,
  new_row jsonb,
  reason text
);
create index audit_event_by_organisation on audit_event (organisation_id, changed_at desc, id desc);
create index audit_event_by_indicator on audit_event (indicator_id, changed_at desc, id desc);
create index audit_event_by_username on audit_event (username, changed_at desc, id desc);
create index audit_event_by_day on audit_event (changed_at desc, id desc);
create index audit_event_by_transaction on audit_event (transaction_id);
create index audit_event_reasons on audit_event (transaction_id) where reason is not null;

create function audit_change() returns trigger language plpgsql as $$
declare
  old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  the_row jsonb := coalesce(new_row, old_row);
  secret text;
  who text;
  why text;
  indicator bigint;
  organisation bigint;
begin
  -- An update that changes nothing, or only when an API token was last used, is no change.
  if tg_op = 'UPDATE' and (old_row - 'last_used_at') = (new_row - 'last_used_at') then
    return null;
  end if;

  foreach secret in array array['password_hash', 'token_hash'] loop
    if tg_op = 'UPDATE' and (old_row -> secret) is distinct from (new_row -> secret) then
      new_row := new_row || jsonb_build_object(replace(secret, '_hash', '_changed'), true);
    end if;
    old_row := old_row - secret;
    new_row := new_row - secret;
  end loop;

  indicator := case tg_table_name
    when 'indicator' then (the_row ->> 'id')::bigint
    when 'improvement_action' then
      (select c.indicator_id from commentary c where c.id = (the_row ->> 'commentary_id')::bigint)
    when 'catalogue_change' then
      case when the_row ->> 'table_name' = 'indicator' then (the_row ->> 'row_id')::bigint end
    else (the_row ->> 'indicator_id')::bigint
  end;

  organisation := case tg_table_name
    when 'organisation' then (the_row ->> 'id')::bigint
    when 'theme' then
      (select p.organisation_id from priority p where p.id = (the_row ->> 'priority_id')::bigint)
    when 'account_assignment' then
      (select a.organisation_id from account a where a.id = (the_row ->> 'account_id')::bigint)
    when 'api_token' then
      (select a.organisation_id from account a where a.id = (the_row ->> 'account_id')::bigint)
    else (the_row ->> 'organisation_id')::bigint
  end;
  if organisation is null and indicator is not null then
    select i.organisation_id into organisation from indicator i where i.id = indicator;
  end if;
  if organisation is null and the_row ->> 'portfolio_id' is not null then
    select p.organisation_id into organisation from portfolio p
     where p.id = (the_row ->> 'portfolio_id')::bigint;
  end if;

  -- The row names who and why when it is written; an update that leaves them as they were (a
  -- version closed by a correction) was not made by them, nor for that reason.
  who := coalesce(the_row ->> 'recorded_by', the_row ->> 'changed_by', the_row ->> 'published_by',
      the_row ->> 'created_by', the_row ->> 'assigned_by');
  why := the_row ->> 'reason';
  if tg_op = 'UPDATE' then
    if who is not distinct from coalesce(old_row ->> 'recorded_by', old_row ->> 'changed_by',
        old_row ->> 'published_by', old_row ->> 'created_by', old_row ->> 'assigned_by') then
      who := null;
    end if;
    if why is not distinct from old_row ->> 'reason' then
      why := null;
    end if;
  end if;

  insert into audit_event (username, table_name, action, organisation_id, indicator_id, row_id,
      old_row, new_row, reason)
  values (coalesce(nullif(current_setting('beacon.actor', true), ''), who, 'Beacon'), tg_table_name,
      tg_op, organisation, indicator, (the_row ->> 'id')::bigint, old_row, new_row, why);
  return null;
end;
$$;

-- A table emptied at once leaves one row saying so.
create function audit_truncate() returns trigger language plpgsql as $$
begin
  insert into audit_event (username, table_name, action)
  values (coalesce(nullif(current_setting('beacon.actor', true), ''), 'Beacon'), tg_table_name,
      'TRUNCATE');
  return null;
end;
$$;

do $$
declare
  t text;
begin
  foreach t in array array['organisation', 'portfolio', 'priority', 'theme', 'indicator',
      'indicator_value', 'target', 'rag_scheme', 'rag_scheme_use', 'rating_judgement', 'benchmark',
      'commentary', 'improvement_action', 'catalogue_change', 'published_paper', 'national_link',
      'account', 'account_assignment', 'api_token']
  loop
    execute format('create trigger %I after insert or update or delete on %I '
        || 'for each row execute function audit_change()', t || '_audited', t);
    execute format('create trigger %I after truncate on %I '
        || 'for each statement execute function audit_truncate()', t || '_truncation_audited', t);
  end loop;
end;
$$;

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'The audit trail is never changed or deleted: it records what was done, by whom and when';
end;
$$;

create trigger audit_event_unchangeable before update or delete on audit_event
  for each row execute function refuse_audit_change();
create trigger audit_event_not_emptied before truncate on audit_event
  for each statement execute function refuse_audit_change();
