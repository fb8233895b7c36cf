-- Staff edit a ward's part of a procedure and its teams from the console: versioned like the rest.
alter table ward_procedures add column version integer not null default 1;
alter table teams add column version integer not null default 1;
