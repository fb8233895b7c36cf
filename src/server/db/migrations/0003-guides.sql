-- Step-by-step guides (VNeID, QR payment, scams): national content shared by every ward.
create table guides (
  slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  topic text not null,
  title text not null,
  content jsonb not null,
  checked_at date not null,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index guides_topic on guides (topic, slug);
