-- The electronic archive: one sealed package (a BagIt bag on disk) per closed dossier. The bag
-- itself is the record of content; this row says where it is, until when it is kept, and pins
-- its tag manifest so that a bag replaced wholesale is still found.
CREATE TABLE archive_packages (
  id                  {{ID}},
  dossier_code        TEXT NOT NULL UNIQUE REFERENCES dossiers(code),
  path                TEXT NOT NULL,
  sealed_at           BIGINT NOT NULL,
  retain_until        TEXT,  -- YYYY-MM-DD; NULL: kept permanently
  payload_bytes       BIGINT NOT NULL,
  payload_files       INTEGER NOT NULL,
  tag_manifest_sha256 TEXT NOT NULL
);
