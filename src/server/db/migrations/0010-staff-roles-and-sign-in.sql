-- The national role (guides and the national catalogue; manages any ward's staff), and a password
-- change forced after an admin set or reset it, so admins do not keep knowing staff passwords.
alter table staff add column national_editor boolean not null default false;
alter table staff add column must_change_password boolean not null default false;

-- Failed sign-ins per login AND address: a stranger who guesses from elsewhere locks only their own
-- address out, never the ward's admin at the office. The old per-login counts are just dropped.
drop table login_failures;
create table login_failures (
  login text not null,
  address text not null,
  failures integer not null default 0,
  locked_until timestamptz,
  last_failure_at timestamptz not null default now(),
  primary key (login, address)
);
create index login_failures_login on login_failures (login, last_failure_at);
create index login_failures_last on login_failures (last_failure_at);
create index staff_sessions_expires on staff_sessions (expires_at);

-- National changes (ward_slug null) are listed for the national role.
create index audit_log_national on audit_log (at desc, id desc) where ward_slug is null;

-- Office ids belong to their ward: two wards may both call an office "ubnd".
alter table ward_procedures drop constraint ward_procedures_office_id_fkey;
alter table ward_offices drop constraint ward_offices_pkey;
alter table ward_offices add primary key (ward_slug, id);
alter table ward_procedures add constraint ward_procedures_office_fkey
  foreign key (ward_slug, office_id) references ward_offices (ward_slug, id) on delete set null (office_id);
