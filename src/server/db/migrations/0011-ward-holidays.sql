-- The ward's days off (public holidays, compensatory days, local closures) as data staff edit each
-- year: the Government fixes the exact days and swaps every year. Part of the ward's settings, so
-- it shares their version counter and audit trail.
alter table wards add column holidays jsonb not null default '[]'::jsonb;
