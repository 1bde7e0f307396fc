-- Who may sign in to Beacon and what they may do. An account belongs to one organisation, or to
-- every organisation when organisation_id is null (an administrator of a hub). A password is kept
-- only as a slow hash; an account with none signs in through single sign-on only.
create table account (
  id bigint generated always as identity primary key,
  username text not null,
  name text not null,
  email text,
  role text not null
    check (role in ('ADMINISTRATOR', 'PERFORMANCE_OFFICER', 'CONTRIBUTOR', 'READER')),
  organisation_id bigint references organisation,
  password_hash text,
  -- the issuer and subject of a single sign-on identity, as "issuer subject"
  sign_on_identity text unique,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  created_by text not null
);
create unique index account_username on account (lower(username));

-- The indicators and portfolios a contributor enters values and commentary for.
create table account_assignment (
  id bigint generated always as identity primary key,
  account_id bigint not null references account,
  indicator_id bigint references indicator,
  portfolio_id bigint references portfolio,
  assigned_at timestamptz not null default now(),
  assigned_by text not null,
  check ((indicator_id is null) <> (portfolio_id is null)),
  unique nulls not distinct (account_id, indicator_id, portfolio_id)
);

-- Personal tokens for the API. Only a hash of the token is kept: it is shown once, when made.
create table api_token (
  id bigint generated always as identity primary key,
  account_id bigint not null references account,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_token_by_account on api_token (account_id);

-- Signed-in sessions, kept here so that every instance of Beacon on this database serves the same
-- users. The tables and columns are the ones Spring Session's JDBC store reads and writes.
create table spring_session (
  primary_id char(36) not null primary key,
  session_id char(36) not null,
  creation_time bigint not null,
  last_access_time bigint not null,
  max_inactive_interval integer not null,
  expiry_time bigint not null,
  principal_name varchar(100)
);
create unique index spring_session_id on spring_session (session_id);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
  attribute_name varchar(200) not null,
  attribute_bytes bytea not null,
  primary key (session_primary_id, attribute_name)
);
