-- Anonymous usage counts, one row per ward, day and thing counted: no user id, device id or IP
-- address is ever stored, and the table stays small at any number of residents.
create table usage_counts (
  ward_slug text not null references wards (slug) on delete cascade,
  day date not null,
  -- screen, open, search, search-empty, guide-step, guide-finished, helpful-yes, helpful-no
  metric text not null check (metric ~ '^[a-z-]{1,20}$'),
  -- what was counted: a screen name, "procedure:<slug>", a guide slug, a search area
  subject text not null check (length(subject) between 1 and 120),
  -- a guide's step number, or the normalised text of a search that found nothing; '' otherwise
  detail text not null default '' check (length(detail) <= 100),
  count integer not null check (count > 0),
  primary key (ward_slug, day, metric, subject, detail)
);
