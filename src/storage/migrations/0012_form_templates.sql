-- Blank forms (mẫu đơn, tờ khai) a citizen downloads from a procedure's page, one per
-- (procedure, component). Not versioned with the procedure's rules: a new upload replaces the
-- previous one. The bytes live in the blob store, named by their SHA-256.
CREATE TABLE form_templates (
  procedure_code TEXT NOT NULL REFERENCES procedures(code),
  component_id   TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  file_name      TEXT NOT NULL,
  media_type     TEXT NOT NULL,
  size_bytes     BIGINT NOT NULL,
  uploaded_at    BIGINT NOT NULL,
  uploaded_by    BIGINT REFERENCES users(id),
  PRIMARY KEY (procedure_code, component_id)
);
