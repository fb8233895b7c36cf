-- The API keeps each ward's procedures and their search index in memory instead of reading every
-- procedure on every request. This one-row counter tells it, with one primary-key read, whether
-- anything changed since: on any instance, by any path (console, catalogue seed, plain SQL).
create table procedure_revision (
  id boolean primary key default true check (id),
  revision bigint not null
);
insert into procedure_revision (revision) values (1);

-- Per statement, not per row: seeding thousands of procedures bumps it once per insert statement.
-- Writers of these tables are staff edits and the seed, rare enough that one shared row is no hot spot.
create function bump_procedure_revision() returns trigger language plpgsql as $$
begin
  update procedure_revision set revision = revision + 1;
  return null;
end
$$;

create trigger procedures_changed after insert or update or delete or truncate on procedures
  for each statement execute function bump_procedure_revision();
create trigger ward_procedures_changed after insert or update or delete or truncate on ward_procedures
  for each statement execute function bump_procedure_revision();
