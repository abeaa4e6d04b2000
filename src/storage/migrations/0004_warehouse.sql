-- The citizens' and organizations' electronic data warehouse, and what each component file
-- became: attested copies and results are documents with a code, signed, reusable.
ALTER TABLE component_files ADD COLUMN source TEXT NOT NULL DEFAULT 'paper_copy';
ALTER TABLE component_files ADD COLUMN document_code TEXT NOT NULL DEFAULT '';
ALTER TABLE component_files ADD COLUMN attested_by BIGINT REFERENCES users(id);
ALTER TABLE component_files ADD COLUMN attested_at BIGINT;

CREATE TABLE warehouse_documents (
  id                 {{ID}},
  code               TEXT NOT NULL UNIQUE,
  national_code      TEXT NOT NULL DEFAULT '',
  owner_kind         TEXT NOT NULL,
  owner_id           TEXT NOT NULL,
  owner_name         TEXT NOT NULL DEFAULT '',
  document_type_code TEXT NOT NULL,
  kind               TEXT NOT NULL,
  title              TEXT NOT NULL,
  issuer             TEXT NOT NULL,
  issuer_agency_id   BIGINT REFERENCES agencies(id),
  source             TEXT NOT NULL,
  sha256             TEXT NOT NULL,
  original_sha256    TEXT NOT NULL DEFAULT '',
  signer             TEXT NOT NULL DEFAULT '',
  issued_at          BIGINT NOT NULL,
  valid_until        TEXT,
  revoked            INTEGER NOT NULL DEFAULT 0,
  dossier_code       TEXT REFERENCES dossiers(code),
  component_id       TEXT NOT NULL DEFAULT '',
  digitized_by       BIGINT REFERENCES users(id),
  attested_by        BIGINT REFERENCES users(id),
  attested_at        BIGINT,
  fee_applies        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX warehouse_documents_owner ON warehouse_documents(owner_id, document_type_code);
CREATE INDEX warehouse_documents_dossier ON warehouse_documents(dossier_code, id);

-- Every look into a warehouse: who, whose, which document, under which dossier.
CREATE TABLE warehouse_access_log (
  id            {{ID}},
  at            BIGINT NOT NULL,
  user_id       BIGINT REFERENCES users(id),
  user_name     TEXT NOT NULL DEFAULT '',
  owner_id      TEXT NOT NULL,
  document_code TEXT NOT NULL DEFAULT '',
  action        TEXT NOT NULL,
  dossier_code  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX warehouse_access_owner ON warehouse_access_log(owner_id, id);
