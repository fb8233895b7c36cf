-- Both extensions ship with PGlite and with PostgreSQL's contrib; search relies on them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create table wards (
  slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null,
  province text not null,
  former_units jsonb not null default '[]',
  hotline text,
  zalo_oa_id text,
  branding jsonb not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table ward_offices (
  id text primary key,
  ward_slug text not null references wards (slug) on delete cascade,
  kind text not null check (kind in ('people-committee', 'public-service-center', 'police', 'other')),
  name text not null,
  address text not null,
  phone text,
  hours jsonb not null default '[]',
  note text,
  position integer not null default 0
);
create index ward_offices_ward on ward_offices (ward_slug, position);

create table announcements (
  id serial primary key,
  ward_slug text not null references wards (slug) on delete cascade,
  title text not null check (length(title) between 1 and 200),
  body text not null,
  body_html text not null,
  excerpt text not null,
  category text not null check (category in ('notice', 'schedule', 'scam-alert', 'event')),
  -- 'scheduled' becomes visible by itself once publish_at has passed: no job has to flip it.
  status text not null check (status in ('draft', 'scheduled', 'published', 'withdrawn')),
  publish_at timestamptz,
  expire_at timestamptz,
  pinned boolean not null default false,
  author text not null,
  version integer not null default 1,
  seed_key text unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status in ('draft', 'withdrawn') or publish_at is not null),
  check (expire_at is null or publish_at is null or expire_at > publish_at)
);
-- Serves the public list: visible rows of one ward, pinned first, newest first, keyset-paginated.
create index announcements_public_list on announcements (ward_slug, pinned desc, publish_at desc, id desc)
  where status in ('scheduled', 'published');
