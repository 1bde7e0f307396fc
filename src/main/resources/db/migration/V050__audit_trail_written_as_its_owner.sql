-- The audit trail is written by its triggers as the role that owns it, not as whoever made the
-- change: Beacon's own role may then read the trail but not write, change or empty it (the grants
-- are made after every migration), and nobody can add a row the triggers did not write. The
-- schema the trail is in is fixed for these functions, with the session's temporary tables last,
-- so that a temporary table named audit_event (or indicator, account ...) cannot take the rows or
-- change what they say. Only the triggers call them.
do $$
begin
  execute format('alter function audit_change() security definer set search_path = %I, pg_temp',
      current_schema());
  execute format('alter function audit_truncate() security definer set search_path = %I, pg_temp',
      current_schema());
end;
$$;
revoke execute on function audit_change(), audit_truncate() from public;
