-- 004_uploads: files an admin uploaded, staged under data/uploads/ until confirmed or cancelled.

CREATE TABLE upload (
  id            TEXT PRIMARY KEY,                 -- random hex; also the staged file's folder name
  kind          TEXT NOT NULL,                    -- source | custom-index
  source        TEXT NOT NULL,                    -- registry source the file loads into
  spec_file     TEXT NOT NULL,                    -- the FileSpec file it replaces (known source) or the index name
  original_name TEXT NOT NULL,
  stored_path   TEXT NOT NULL,                    -- relative to the uploads folder
  size_bytes    INTEGER NOT NULL,
  checksum      TEXT NOT NULL,                    -- sha256 of the uploaded bytes
  encoding      TEXT NOT NULL,                    -- utf-8 | utf-8-bom
  delimiter     TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'staged',   -- staged | importing | imported | failed | cancelled
  rows_read     INTEGER NOT NULL DEFAULT 0,
  rows_valid    INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  rows_loaded   INTEGER NOT NULL DEFAULT 0,
  errors        JSONB NOT NULL DEFAULT '[]',      -- validation report: [{ file, line, column, reason }]
  message       TEXT,
  created_at    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  decided_at    TIMESTAMPTZ(3)
);
CREATE INDEX upload_status_created_at_idx ON upload (status, created_at);
