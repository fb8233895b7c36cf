-- Residents' requests to the ward (issue 17): phản ánh, góp ý, câu hỏi, nhờ hỗ trợ, followed to an answer.
-- Personal data (contact, photos) is deleted N months after closing (wards.retention_months, the
-- request-retention job), as Nghị định 13/2023 asks: keep only as long as needed.
alter table wards add column retention_months integer not null default 12 check (retention_months between 1 and 120);

-- Team leaders of a tổ công nghệ số answer help requests in their team's areas only.
alter table staff drop constraint staff_role_check;
alter table staff add constraint staff_role_check check (role in ('admin', 'editor', 'team-lead'));
alter table staff add column team_id text references teams (id) on delete set null;

create table requests (
  id bigserial primary key,
  ward_slug text not null references wards (slug) on delete cascade,
  -- "HC-2612-0042": the ward's prefix, yymm, the ward's running number
  code text not null check (code ~ '^[A-Z]{2,4}-[0-9]{4}-[0-9]{4,6}$'),
  seq integer not null,
  -- sha256 (hex) of the resident's access token; the token itself is never stored
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  client_id text not null,
  kind text not null check (kind in ('report', 'suggestion', 'question', 'help')),
  text text not null check (length(text) between 1 and 2000),
  area_id text references residential_areas (id) on delete set null,
  lat double precision,
  lng double precision,
  contact_name text,
  contact_phone text,
  consent_at timestamptz,
  zalo_user_id text,
  -- where the request came from, hashed: the per-address limit counts without keeping the address
  sender_hash text not null,
  status text not null default 'received' check (status in ('received', 'in-progress', 'answered', 'closed', 'forwarded')),
  forwarded_to text,
  assignee_staff_id integer references staff (id) on delete set null,
  assignee_team_id text references teams (id) on delete set null,
  due_at timestamptz not null,
  reply_text text,
  reply_public boolean not null default false,
  reply_at timestamptz,
  -- the question as staff rewrote it for Hỏi đáp, without anything that identifies the resident
  public_question text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  -- set when the retention job removed the photos and contact
  personal_data_removed_at timestamptz,
  unique (ward_slug, code),
  unique (ward_slug, seq),
  unique (ward_slug, client_id)
);
create index requests_inbox on requests (ward_slug, status, due_at);
create index requests_closed on requests (closed_at) where closed_at is not null and personal_data_removed_at is null;
create index requests_public on requests (ward_slug, reply_at desc) where reply_public;
create index requests_sender on requests (sender_hash, created_at);
create index requests_phone on requests (contact_phone, created_at) where contact_phone is not null;

create table request_events (
  id bigserial primary key,
  request_id bigint not null references requests (id) on delete cascade,
  at timestamptz not null,
  status text not null,
  forwarded_to text
);
create index request_events_request on request_events (request_id, at, id);

-- Internal notes: staff only, never shown to the resident.
create table request_notes (
  id bigserial primary key,
  request_id bigint not null references requests (id) on delete cascade,
  staff_id integer references staff (id) on delete set null,
  text text not null check (length(text) between 1 and 2000),
  at timestamptz not null
);
create index request_notes_request on request_notes (request_id, at, id);

create table request_photos (
  request_id bigint not null references requests (id) on delete cascade,
  position integer not null check (position between 1 and 3),
  stored_file_id bigint not null references stored_files (id) on delete cascade,
  primary key (request_id, position)
);
