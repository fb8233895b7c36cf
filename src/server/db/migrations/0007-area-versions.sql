alter table residential_areas add column version integer not null default 1;
