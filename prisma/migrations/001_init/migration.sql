-- 001_init: labour-market data, labels, published indices and import runs.

CREATE TABLE onet_occupation (
  onet_version TEXT NOT NULL,
  code         TEXT NOT NULL,
  soc_code     TEXT NOT NULL,
  title        TEXT NOT NULL,
  description  TEXT NOT NULL,
  major_group  TEXT NOT NULL,
  PRIMARY KEY (onet_version, code)
);
CREATE INDEX onet_occupation_soc_code_idx ON onet_occupation (soc_code);

CREATE TABLE onet_job_zone (
  onet_version TEXT NOT NULL,
  code         TEXT NOT NULL,
  job_zone     INTEGER NOT NULL,
  date         TEXT NOT NULL,
  PRIMARY KEY (onet_version, code)
);

CREATE TABLE onet_task (
  onet_version TEXT NOT NULL,
  task_id      INTEGER NOT NULL,
  code         TEXT NOT NULL,
  text         TEXT NOT NULL,
  task_type    TEXT,
  date         TEXT NOT NULL,
  PRIMARY KEY (onet_version, task_id)
);
CREATE INDEX onet_task_onet_version_code_idx ON onet_task (onet_version, code);

CREATE TABLE onet_element (
  onet_version TEXT NOT NULL,
  element_id   TEXT NOT NULL,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL,
  PRIMARY KEY (onet_version, element_id)
);

CREATE TABLE onet_rating (
  onet_version       TEXT NOT NULL,
  domain             TEXT NOT NULL,
  code               TEXT NOT NULL,
  element_id         TEXT NOT NULL,
  scale_id           TEXT NOT NULL,
  value              DOUBLE PRECISION NOT NULL,
  n                  INTEGER,
  standard_error     DOUBLE PRECISION,
  recommend_suppress BOOLEAN NOT NULL,
  not_relevant       BOOLEAN NOT NULL,
  date               TEXT NOT NULL,
  PRIMARY KEY (onet_version, domain, code, element_id, scale_id)
);
CREATE INDEX onet_rating_onet_version_element_id_idx ON onet_rating (onet_version, element_id);

CREATE TABLE onet_task_dwa (
  onet_version TEXT NOT NULL,
  code         TEXT NOT NULL,
  task_id      INTEGER NOT NULL,
  dwa_id       TEXT NOT NULL,
  dwa_title    TEXT NOT NULL,
  PRIMARY KEY (onet_version, code, task_id, dwa_id)
);

CREATE TABLE oews_employment (
  year         INTEGER NOT NULL,
  occ_code     TEXT NOT NULL,
  title        TEXT NOT NULL,
  o_group      TEXT NOT NULL,
  soc_vintage  TEXT NOT NULL,
  tot_emp      INTEGER,
  emp_prse     DOUBLE PRECISION,
  h_mean       DOUBLE PRECISION,
  a_mean       DOUBLE PRECISION,
  h_median     DOUBLE PRECISION,
  a_median     DOUBLE PRECISION,
  a_pct10      DOUBLE PRECISION,
  a_pct90      DOUBLE PRECISION,
  null_reasons JSONB,
  PRIMARY KEY (year, occ_code)
);

CREATE TABLE employment_series (
  year        INTEGER NOT NULL,
  soc_code    TEXT NOT NULL,
  employment  DOUBLE PRECISION NOT NULL,
  median_wage DOUBLE PRECISION,
  method      TEXT NOT NULL,
  PRIMARY KEY (year, soc_code)
);

CREATE TABLE employment_projection (
  vintage         TEXT NOT NULL,
  nem_code        TEXT NOT NULL,
  title           TEXT NOT NULL,
  occupation_type TEXT NOT NULL,
  emp_base        DOUBLE PRECISION,
  emp_projected   DOUBLE PRECISION,
  change_numeric  DOUBLE PRECISION,
  change_percent  DOUBLE PRECISION,
  openings        DOUBLE PRECISION,
  median_wage     DOUBLE PRECISION,
  education       TEXT,
  PRIMARY KEY (vintage, nem_code)
);

CREATE TABLE crosswalk (
  kind       TEXT NOT NULL,
  from_code  TEXT NOT NULL,
  to_code    TEXT NOT NULL,
  from_title TEXT,
  to_title   TEXT,
  partial    BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (kind, from_code, to_code)
);
CREATE INDEX crosswalk_kind_to_code_idx ON crosswalk (kind, to_code);

CREATE TABLE task_label (
  code              TEXT NOT NULL,
  task_id           INTEGER NOT NULL,
  task_text         TEXT NOT NULL,
  task_type         TEXT,
  human_exposure    TEXT NOT NULL,
  gpt4_exposure     TEXT NOT NULL,
  gpt4_exposure_alt TEXT,
  gpt4_automation   TEXT,
  human_automation  TEXT,
  beta              DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (code, task_id)
);

CREATE TABLE occupation_label (
  code        TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  dv_alpha    DOUBLE PRECISION NOT NULL,
  dv_beta     DOUBLE PRECISION NOT NULL,
  dv_gamma    DOUBLE PRECISION NOT NULL,
  human_alpha DOUBLE PRECISION NOT NULL,
  human_beta  DOUBLE PRECISION NOT NULL,
  human_gamma DOUBLE PRECISION NOT NULL
);

CREATE TABLE exposure_index (
  id          SERIAL PRIMARY KEY,
  index_name  TEXT NOT NULL,
  code_system TEXT NOT NULL,
  code        TEXT NOT NULL,
  year        INTEGER,
  value       DOUBLE PRECISION NOT NULL,
  label       TEXT
);
CREATE INDEX exposure_index_index_name_code_system_code_idx ON exposure_index (index_name, code_system, code);

CREATE TABLE import_run (
  id            SERIAL PRIMARY KEY,
  source        TEXT NOT NULL,
  file          TEXT NOT NULL,
  checksum      TEXT NOT NULL,
  status        TEXT NOT NULL,
  rows_read     INTEGER NOT NULL DEFAULT 0,
  rows_loaded   INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  errors        JSONB NOT NULL DEFAULT '[]',
  message       TEXT,
  started_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  finished_at   TIMESTAMPTZ(3),
  duration_ms   INTEGER
);
CREATE INDEX import_run_source_file_started_at_idx ON import_run (source, file, started_at);
