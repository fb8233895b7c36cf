-- Residential areas (tổ dân phố) keep their former names: after the 2025 mergers people still use them.
create table residential_areas (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ward_slug text not null references wards (slug) on delete cascade,
  name text not null,
  former_ward text,
  former_name text,
  aliases jsonb not null default '[]',
  position integer not null default 0
);
create index residential_areas_ward on residential_areas (ward_slug, position);

-- Community digital technology teams (tổ công nghệ số cộng đồng).
create table teams (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ward_slug text not null references wards (slug) on delete cascade,
  name text not null,
  meeting_place text,
  sessions jsonb not null default '[]',
  zalo_group_url text,
  founding_decision text,
  position integer not null default 0,
  updated_at timestamptz not null default now()
);
create index teams_ward on teams (ward_slug, position);

create table team_areas (
  team_id text not null references teams (id) on delete cascade,
  area_id text not null references residential_areas (id) on delete cascade,
  primary key (team_id, area_id)
);
create index team_areas_area on team_areas (area_id);

-- A phone is shown to the public only with the member's consent (phone_public); the API enforces it.
create table team_members (
  id serial primary key,
  team_id text not null references teams (id) on delete cascade,
  name text not null,
  role text not null,
  phone text,
  phone_public boolean not null default false,
  position integer not null default 0
);
create index team_members_team on team_members (team_id, position);
