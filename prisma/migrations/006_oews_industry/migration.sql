-- 006_oews_industry: BLS OEWS national industry-specific estimates by NAICS sector (May 2024 file
-- oews_natsector_M2024.csv), as published. One row per year, sector, occupation code and group: a code can
-- be listed both as "broad" and "detailed" in one sector, as in the cross-industry file (migration 003).
-- The sectors partition national employment (each with its own ownership scope, kept in own_code), so the
-- sector totals (occ_code 00-0000) add up to the cross-industry total.

CREATE TABLE oews_industry_employment (
  year         INTEGER NOT NULL,
  naics        TEXT NOT NULL,
  naics_title  TEXT NOT NULL,
  own_code     INTEGER NOT NULL,
  occ_code     TEXT NOT NULL,
  title        TEXT NOT NULL,
  o_group      TEXT NOT NULL,
  tot_emp      INTEGER,
  emp_prse     DOUBLE PRECISION,
  pct_total    DOUBLE PRECISION,
  pct_rpt      DOUBLE PRECISION,
  h_mean       DOUBLE PRECISION,
  a_mean       DOUBLE PRECISION,
  h_median     DOUBLE PRECISION,
  a_median     DOUBLE PRECISION,
  a_pct10      DOUBLE PRECISION,
  a_pct90      DOUBLE PRECISION,
  null_reasons JSONB,
  PRIMARY KEY (year, naics, occ_code, o_group)
);

CREATE INDEX oews_industry_employment_detailed ON oews_industry_employment (year, o_group, naics);
