-- 003_oews_group_key: OEWS publishes some codes twice in one year, once as "broad" and once as
-- "detailed" (e.g. 13-1020 in 2017-2024, identical values), so o_group is part of the key.

ALTER TABLE oews_employment DROP CONSTRAINT oews_employment_pkey;
ALTER TABLE oews_employment ADD PRIMARY KEY (year, occ_code, o_group);
