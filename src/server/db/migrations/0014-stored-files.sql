-- Files people upload (residents' photos, announcement pictures and PDFs), kept in the database so
-- that a backup of the database is a backup of everything and two servers on one PostgreSQL see the
-- same files. Only bytes that were checked and, for images, re-encoded get here (lib/uploads.ts).
create table stored_files (
  id bigserial primary key,
  ward_slug text not null references wards (slug) on delete cascade,
  media_type text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  -- the name shown to a resident before download ("quyet-dinh-12.pdf"); never a path
  name text not null check (length(name) between 1 and 120),
  byte_size integer not null check (byte_size > 0),
  width integer check (width > 0),
  height integer check (height > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  data bytea not null,
  created_at timestamptz not null default now()
);
create index stored_files_ward on stored_files (ward_slug);
