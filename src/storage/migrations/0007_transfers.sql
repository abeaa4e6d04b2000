-- Transfers of component files between agencies (inter-agency processing): the manifest byte for
-- byte as the sending agency signed it, and its detached CMS signature in base64 (TEXT on both
-- backends, since statements bind only text and integers). A decided transfer keeps its row.
CREATE TABLE transfers (
  id             {{ID}},
  uuid           TEXT NOT NULL UNIQUE,
  dossier_code   TEXT NOT NULL REFERENCES dossiers(code),
  from_agency_id BIGINT NOT NULL REFERENCES agencies(id),
  to_agency_id   BIGINT NOT NULL REFERENCES agencies(id),
  manifest       TEXT NOT NULL,
  signature      TEXT NOT NULL,
  signer_name    TEXT NOT NULL,
  state          TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'accepted', 'refused')),
  reason         TEXT NOT NULL DEFAULT '',
  reason_message TEXT NOT NULL DEFAULT '',
  created_by     BIGINT REFERENCES users(id),
  created_at     BIGINT NOT NULL,
  decided_by     BIGINT REFERENCES users(id),
  decided_at     BIGINT
);
CREATE INDEX transfers_incoming ON transfers(to_agency_id, id);
CREATE INDEX transfers_outgoing ON transfers(from_agency_id, id);
CREATE INDEX transfers_dossier ON transfers(dossier_code, state);
