-- Every change to an account makes a new version of it, so that a form opened on an older one is
-- refused rather than undo what someone else saved; who made the last change, and when.
alter table account
  add column version bigint not null default 1,
  add column changed_by text,
  add column changed_at timestamptz;

-- Who changed which version of an account is read back from the audit trail when a form is refused.
create index audit_event_account_rows on audit_event (row_id) where table_name = 'account';

-- Failed sign-ins are counted per username (as typed, in lower case, whether or not an account has
-- it) and per place they come from (an IPv4 address, or an IPv6 network of 64 bits), so that a
-- flood of guesses from one place does not lock the account's owner out from everywhere else.
-- The rule is rules.account.LockOut; the count and the check are one statement (FailedSignIns).
create table failed_sign_in (
  username text not null,
  client text not null,
  failures integer not null,
  last_failed_at timestamptz not null,
  locked_until timestamptz,
  primary key (username, client)
);
create index failed_sign_in_by_last on failed_sign_in (last_failed_at);

alter table account drop column failed_sign_ins, drop column locked_until;

-- A signed-in session is indexed by the id of its account (principal_name, written by Spring
-- Session through beacon.account.SignedInSessions). Stopping an account, another role or
-- organisation, and a new password end every session of the account at once, in the transaction
-- of the change, whatever makes it: the account pages, or an update in the database itself.
create function end_sessions_of_changed_account() returns trigger language plpgsql as $$
begin
  delete from spring_session where principal_name = new.id::text;
  return null;
end;
$$;

create trigger account_change_ends_sessions after update on account
  for each row
  when (old.role is distinct from new.role
        or old.organisation_id is distinct from new.organisation_id
        or old.password_hash is distinct from new.password_hash
        or old.disabled_at is distinct from new.disabled_at)
  execute function end_sessions_of_changed_account();

-- Sessions made before were indexed by username, and hold the account as it was: everyone signs
-- in once more.
delete from spring_session;
