-- Residents know their street and kiệt/hẻm ("kiệt 45 Trưng Nữ Vương") rather than their tổ dân phố
-- number: each area lists the streets and kiệt it covers, so the area picker and search find it.
alter table residential_areas add column streets jsonb not null default '[]';
