-- The official forms printed for a dossier (receipt, supplement request, refusal, apology, stop
-- notice, control slip): the PDF lives in the blob store, named by its SHA-256. Rows are never
-- changed; a form printed again (the control slip after each transition) is a new row and the
-- newest row of a form is the current one.
CREATE TABLE dossier_forms (
  id           {{ID}},
  dossier_code TEXT NOT NULL REFERENCES dossiers(code),
  form         TEXT NOT NULL,
  set_version  TEXT NOT NULL,
  title        TEXT NOT NULL,
  blob_sha256  TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  created_by   BIGINT REFERENCES users(id)
);
CREATE INDEX dossier_forms_dossier ON dossier_forms(dossier_code, id);
