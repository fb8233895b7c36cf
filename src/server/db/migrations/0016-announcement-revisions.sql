-- Issue 19: announcements a clerk cannot get wrong.

-- A change to a notice residents can already see waits here until "Đăng bản sửa": residents keep
-- reading the published text meanwhile. Null = no pending change.
alter table announcements add column revision jsonb;
-- When the text residents see last changed by a published revision (null = never revised).
alter table announcements add column revised_at timestamptz;
-- The tổ dân phố it is for; empty = the whole ward. Ids are checked against the ward on write.
alter table announcements add column area_ids text[] not null default '{}';
-- What a withdraw replaced, so it can be undone for a few minutes.
alter table announcements add column withdrawn_at timestamptz;
alter table announcements add column withdrawn_from jsonb;

-- Each text residents were shown, in order: the first publish is revision 1.
create table announcement_revisions (
  announcement_id integer not null references announcements (id) on delete cascade,
  revision integer not null check (revision > 0),
  title text not null,
  body text not null,
  category text not null,
  published_at timestamptz not null,
  primary key (announcement_id, revision)
);

-- Pictures and PDFs of an announcement, in the order the clerk added them.
create table announcement_files (
  announcement_id integer not null references announcements (id) on delete cascade,
  file_id bigint not null references stored_files (id) on delete cascade,
  position integer not null,
  primary key (announcement_id, file_id)
);
create index announcement_files_file on announcement_files (file_id);
