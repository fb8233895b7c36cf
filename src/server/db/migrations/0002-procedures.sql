-- The national catalogue, shared by every ward: one row per procedure, its content as checked data.
create table procedures (
  slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  code text unique,
  field text not null,
  name text not null,
  content jsonb not null,
  checked_at date not null,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index procedures_field on procedures (field, name);

-- Each ward's own part: where to file it here, a local note, whether residents ask for it often.
create table ward_procedures (
  ward_slug text not null references wards (slug) on delete cascade,
  procedure_slug text not null references procedures (slug) on delete cascade,
  office_id text references ward_offices (id) on delete set null,
  note text,
  popular_rank integer check (popular_rank is null or popular_rank > 0),
  hidden boolean not null default false,
  updated_at timestamptz not null default now(),
  primary key (ward_slug, procedure_slug)
);
