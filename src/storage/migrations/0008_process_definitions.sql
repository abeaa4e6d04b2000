-- Process maps (BPMN 2.0 XML) per procedure, one row per version. A row never changes: a running
-- dossier keeps the id of the version it started with. content_hash (SHA-256 hex of the XML) lets
-- an upload of the current XML be recognised and not stored again.
CREATE TABLE process_definitions (
  id             {{ID}},
  procedure_code TEXT NOT NULL REFERENCES procedures(code),
  version        INTEGER NOT NULL,
  xml            TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  created_at     BIGINT NOT NULL,
  UNIQUE (procedure_code, version)
);
