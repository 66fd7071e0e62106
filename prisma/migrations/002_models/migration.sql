-- 002_models: trained model versions and the scores they produce.

CREATE TABLE model_version (
  version       TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'registered', -- registered | scoring | ready | failed
  params        JSONB NOT NULL DEFAULT '{}',
  metrics       JSONB NOT NULL DEFAULT '{}',
  data_versions JSONB NOT NULL DEFAULT '{}',
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  scored_at     TIMESTAMPTZ(3)
);

CREATE TABLE task_score (
  model_version TEXT NOT NULL REFERENCES model_version (version) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  task_id       INTEGER NOT NULL,
  p_e0          DOUBLE PRECISION NOT NULL,
  p_e1          DOUBLE PRECISION NOT NULL,
  p_e2          DOUBLE PRECISION NOT NULL,
  exposure      DOUBLE PRECISION NOT NULL,
  exposure_low  DOUBLE PRECISION NOT NULL,
  exposure_high DOUBLE PRECISION NOT NULL,
  automation    DOUBLE PRECISION NOT NULL,
  attention     DOUBLE PRECISION NOT NULL, -- the task's share of its occupation's score
  top_tokens    JSONB NOT NULL DEFAULT '[]', -- [{ "token": "...", "weight": 0.12 }]
  PRIMARY KEY (model_version, code, task_id)
);

CREATE TABLE occupation_score (
  model_version TEXT NOT NULL REFERENCES model_version (version) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  exposure      DOUBLE PRECISION NOT NULL,
  exposure_low  DOUBLE PRECISION NOT NULL,
  exposure_high DOUBLE PRECISION NOT NULL,
  automation    DOUBLE PRECISION NOT NULL,
  share_exposed DOUBLE PRECISION NOT NULL, -- share of tasks predicted E1 or E2
  n_tasks       INTEGER NOT NULL,
  PRIMARY KEY (model_version, code)
);
CREATE INDEX occupation_score_exposure_idx ON occupation_score (model_version, exposure);
