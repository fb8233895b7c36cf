-- A ward's own search vocabulary (what residents type → what it means / what to open), edited by
-- its editors in the console, versioned and audited like other ward content. One list per ward.
create table ward_search_terms (
  ward_slug text primary key references wards (slug) on delete cascade,
  entries jsonb not null default '[]',
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

-- Searches that found nothing, so the ward can see what residents look for and miss. Only the
-- query text (normalised, cut to 200 characters) and a count per day: no identity, no address.
create table search_misses (
  ward_slug text not null references wards (slug) on delete cascade,
  day date not null,
  query text not null,
  count integer not null default 1,
  primary key (ward_slug, day, query)
);
