-- Files attached to dossier components at intake. The bytes live in the blob store, named by
-- their SHA-256; a dossier references blobs, never paths.
CREATE TABLE component_files (
  id           {{ID}},
  dossier_code TEXT NOT NULL REFERENCES dossiers(code),
  component_id TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  mime         TEXT NOT NULL,
  pages        INTEGER NOT NULL,
  size_bytes   BIGINT NOT NULL,
  file_name    TEXT NOT NULL DEFAULT '',
  uploaded_by  BIGINT REFERENCES users(id),
  uploaded_at  BIGINT NOT NULL,
  ocr_status   TEXT NOT NULL DEFAULT 'not_started'
);
CREATE INDEX component_files_dossier ON component_files(dossier_code, id);
