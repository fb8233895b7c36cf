-- Some reports are not the ward's to handle (a main road, the water supply, a city bus): the city
-- runs its own channel for them (Đà Nẵng: Tổng đài 1022 and Cổng Góp ý). The ward names it once,
-- and the app points residents there instead of letting them wait for an answer the ward cannot give.
alter table wards add column city_channel jsonb;
