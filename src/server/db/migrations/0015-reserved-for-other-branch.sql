-- Placeholder so this branch's 0016 migrates: number 0015 belongs to another branch. Delete this file at merge.
select 1;
