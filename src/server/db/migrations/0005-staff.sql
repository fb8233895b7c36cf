-- Ward office staff. Logins are stored lower-case; passwords only as scrypt hashes.
create table staff (
  id serial primary key,
  login text not null unique check (login ~ '^[a-z0-9._-]{3,40}$'),
  name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'editor')),
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table staff_wards (
  staff_id integer not null references staff (id) on delete cascade,
  ward_slug text not null references wards (slug) on delete cascade,
  primary key (staff_id, ward_slug)
);

-- Only a hash of the session token is stored: a leaked table does not give live sessions.
create table staff_sessions (
  token_hash text primary key,
  staff_id integer not null references staff (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index staff_sessions_staff on staff_sessions (staff_id);

-- Failed sign-ins per login, for slowing down and then locking guessing.
create table login_failures (
  login text primary key,
  failures integer not null default 0,
  locked_until timestamptz,
  last_failure_at timestamptz not null default now()
);

-- Who changed what, when, with the record before and after; written in the change's transaction.
create table audit_log (
  id bigserial primary key,
  ward_slug text references wards (slug) on delete cascade,
  staff_id integer references staff (id) on delete set null,
  staff_login text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  at timestamptz not null default now()
);
create index audit_log_ward on audit_log (ward_slug, at desc, id desc);

alter table wards add column version integer not null default 1;
