-- Fees paid online (issue 5): one row per attempt; at most one paid row per dossier, numbered
-- with an e-receipt (biên lai điện tử) BL-<year>-<seq> from a yearly sequence.
CREATE TABLE payments (
  id             {{ID}},
  dossier_code   TEXT NOT NULL REFERENCES dossiers(code),
  provider       TEXT NOT NULL,
  amount_vnd     BIGINT NOT NULL,
  fee_name       TEXT NOT NULL,
  status         TEXT NOT NULL,          -- pending | paid | failed
  provider_ref   TEXT NOT NULL DEFAULT '',
  pay_url        TEXT NOT NULL DEFAULT '',
  receipt_number TEXT UNIQUE,
  created_at     BIGINT NOT NULL,
  paid_at        BIGINT,
  created_by     BIGINT REFERENCES users(id)
);
CREATE INDEX payments_dossier ON payments(dossier_code, id);
CREATE UNIQUE INDEX payments_one_paid ON payments(dossier_code) WHERE status = 'paid';

CREATE TABLE receipt_sequences (
  year        INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);

-- The applicant's rating of a dossier, once it is over: one per dossier.
CREATE TABLE dossier_ratings (
  dossier_code TEXT PRIMARY KEY REFERENCES dossiers(code),
  score        INTEGER NOT NULL,
  comment      TEXT NOT NULL DEFAULT '',
  rated_by     BIGINT NOT NULL REFERENCES users(id),
  created_at   BIGINT NOT NULL
);

-- Reception counters as an administrator sets them up: the procedure fields served (a JSON
-- array of names; empty for all), the priority lane, and whether the counter is open.
ALTER TABLE counters ADD COLUMN fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE counters ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE counters ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
