-- 008_catalogue: HR job catalogues (private to signed-in users). A catalogue is staged with its validation
-- report, then confirmed; its jobs go with it when it is deleted (ON DELETE CASCADE).

CREATE TABLE catalogue (
  id             TEXT PRIMARY KEY,                    -- 24 random hex characters
  name           TEXT NOT NULL,                       -- the uploaded file's name
  status         TEXT NOT NULL DEFAULT 'staged',      -- staged | ready
  file_kind      TEXT NOT NULL,                       -- csv | xlsx
  encoding       TEXT NOT NULL,                       -- utf-8 | utf-8-bom | utf-16le | utf-16be | windows-1252 | xlsx
  delimiter      TEXT NOT NULL,
  rows_read      INTEGER NOT NULL,
  rows_rejected  INTEGER NOT NULL,
  mapping        JSONB NOT NULL,                      -- field -> header found
  errors         JSONB NOT NULL DEFAULT '[]',         -- first rejected rows: line, column, reason
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  confirmed_at   TIMESTAMPTZ
);

CREATE TABLE catalogue_job (
  catalogue_id   TEXT NOT NULL REFERENCES catalogue (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,                    -- 0-based order of the accepted rows
  line           INTEGER NOT NULL,                    -- line (CSV) or row (XLSX) in the file
  ext_id         TEXT,
  title          TEXT NOT NULL,
  description    TEXT,
  department     TEXT,
  location       TEXT,
  headcount      INTEGER,
  user_code      TEXT,                                -- the file's own O*NET-SOC code (resolved), overrides the match
  match_code     TEXT,                                -- the title coder's best code
  match_title    TEXT,
  confidence     DOUBLE PRECISION,
  alternatives   JSONB NOT NULL DEFAULT '[]',         -- [{code, title, probability}]
  needs_review   BOOLEAN NOT NULL DEFAULT true,
  seniority      TEXT,
  matched_title  TEXT,
  reviewed_code  TEXT,                                -- the user's reassignment, wins over both
  reviewed_at    TIMESTAMPTZ,
  PRIMARY KEY (catalogue_id, position)
);
