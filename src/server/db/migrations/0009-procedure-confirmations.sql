-- The ward vouches for a part of a procedure: the national catalogue is only as good as the day it
-- was checked, and the ward office is the one place that knows its own practice.

-- How long a confirmation holds before the queue asks for it again (a ward setting, in days).
alter table wards add column review_period_days integer not null default 180
  check (review_period_days between 30 and 730);
-- When the period last changed: a longer or shorter period changes what the app's offline copy must
-- show, so procedures with a confirmation count as changed at that moment.
alter table wards add column review_period_set_at timestamptz;

-- One row per ward, procedure and part. national_hash is the hash of that part's national text (and,
-- for "where", of the office the ward files it at) when it was confirmed: once the text changes the
-- hashes differ and the confirmation counts as cleared. The row stays, so the queue can say why.
create table procedure_confirmations (
  ward_slug text not null references wards (slug) on delete cascade,
  procedure_slug text not null references procedures (slug) on delete cascade,
  part text not null check (part in ('documents', 'time', 'fee', 'online-level', 'where')),
  confirmed_at timestamptz not null,
  confirmed_by integer references staff (id) on delete set null,
  -- Kept as written, like audit_log.staff_login: a deleted account must not erase who vouched.
  confirmed_by_login text not null,
  note text check (note is null or length(note) <= 1000),
  national_hash text not null,
  primary key (ward_slug, procedure_slug, part)
);

-- Optimistic locking per ward and procedure: two clerks confirming different procedures never
-- collide; two confirming the same one do, and the second is told to reload.
create table procedure_confirmation_versions (
  ward_slug text not null references wards (slug) on delete cascade,
  procedure_slug text not null references procedures (slug) on delete cascade,
  version integer not null check (version > 0),
  primary key (ward_slug, procedure_slug)
);

-- Residents see confirmations in every procedure answer, which the API keeps in memory behind
-- procedure_revision (migration 0008): a confirmation must bump it like any procedure change.
create trigger procedure_confirmations_changed after insert or update or delete or truncate on procedure_confirmations
  for each statement execute function bump_procedure_revision();
