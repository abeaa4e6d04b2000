-- The backbone schema: administrative map, identity, catalog, dossiers.
-- Times are Unix seconds (UTC); dates are 'YYYY-MM-DD' text. {{ID}} becomes the dialect's
-- auto-increment primary key.

CREATE TABLE admin_units (
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  level          TEXT NOT NULL,          -- province | district | commune
  parent_code    TEXT REFERENCES admin_units(code),
  valid_from     TEXT NOT NULL,
  valid_to       TEXT,                   -- last day of validity; NULL while in force
  successor_code TEXT REFERENCES admin_units(code),
  note           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agencies (
  id          {{ID}},
  code        TEXT NOT NULL UNIQUE,      -- electronic identifier, QCVN 102:2016
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,             -- service_centre | department | commune_one_stop | other
  unit_code   TEXT NOT NULL REFERENCES admin_units(code),
  parent_id   BIGINT REFERENCES agencies(id),
  note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE departments (
  id        {{ID}},
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  name      TEXT NOT NULL,
  UNIQUE (agency_id, name)
);

CREATE TABLE counters (
  id        {{ID}},
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  number    INTEGER NOT NULL,
  name      TEXT NOT NULL,
  UNIQUE (agency_id, number)
);

CREATE TABLE users (
  id            {{ID}},
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  full_name     TEXT NOT NULL,
  role          TEXT NOT NULL,
  agency_id     BIGINT REFERENCES agencies(id),
  department_id BIGINT REFERENCES departments(id),
  id_number     TEXT,
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_id_number ON users(id_number) WHERE id_number IS NOT NULL;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE TABLE applicants (
  id_number  TEXT PRIMARY KEY,           -- 12-digit personal number or tax code
  kind       TEXT NOT NULL,              -- citizen | organization
  full_name  TEXT NOT NULL,
  phone      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  address    TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);

CREATE TABLE procedures (
  code        TEXT PRIMARY KEY,          -- national code D.NNNNNN
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,             -- lower case without diacritics, for search
  field       TEXT NOT NULL,
  field_folded TEXT NOT NULL,
  level       TEXT NOT NULL,
  updated_at  BIGINT NOT NULL
);

-- Each change of the rules (components, deadline, fees) is a new version with the date it takes
-- effect; a dossier keeps the version in force when it was received.
CREATE TABLE procedure_versions (
  id             {{ID}},
  procedure_code TEXT NOT NULL REFERENCES procedures(code),
  version        INTEGER NOT NULL,
  effective_from TEXT NOT NULL,
  body           TEXT NOT NULL,          -- JSON of the rules in force
  created_at     BIGINT NOT NULL,
  UNIQUE (procedure_code, version),
  UNIQUE (procedure_code, effective_from)
);

CREATE TABLE dossier_sequences (
  agency_id   BIGINT NOT NULL REFERENCES agencies(id),
  day         TEXT NOT NULL,             -- yyMMdd
  last_number INTEGER NOT NULL,
  PRIMARY KEY (agency_id, day)
);

CREATE TABLE dossiers (
  code                 TEXT PRIMARY KEY,
  procedure_code       TEXT NOT NULL REFERENCES procedures(code),
  procedure_version_id BIGINT NOT NULL REFERENCES procedure_versions(id),
  receiving_agency_id  BIGINT NOT NULL REFERENCES agencies(id),
  handling_agency_id   BIGINT NOT NULL REFERENCES agencies(id),
  channel              TEXT NOT NULL,
  status               TEXT NOT NULL,
  applicant_kind       TEXT NOT NULL,
  applicant_id_number  TEXT NOT NULL,
  applicant_name       TEXT NOT NULL,
  applicant_json       TEXT NOT NULL,
  submitted_at         BIGINT NOT NULL,
  received_at          BIGINT,
  due_at               BIGINT,
  paused_at            BIGINT,
  resume_status        TEXT,
  finished_at          BIGINT,
  returned_at          BIGINT,
  created_by           BIGINT REFERENCES users(id),
  row_version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dossiers_applicant ON dossiers(applicant_id_number);
CREATE INDEX dossiers_handling ON dossiers(handling_agency_id, status);
CREATE INDEX dossiers_receiving ON dossiers(receiving_agency_id, status);

-- Append-only: 0002 forbids UPDATE and DELETE.
CREATE TABLE dossier_history (
  id            {{ID}},
  dossier_code  TEXT NOT NULL REFERENCES dossiers(code),
  at            BIGINT NOT NULL,
  actor_user_id BIGINT REFERENCES users(id),
  actor_name    TEXT NOT NULL,
  action        TEXT NOT NULL,
  from_status   TEXT,
  to_status     TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_history_code ON dossier_history(dossier_code, id);

CREATE TABLE idempotency_keys (
  user_id      BIGINT NOT NULL,
  idem_key     TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  dossier_code TEXT NOT NULL REFERENCES dossiers(code),
  created_at   BIGINT NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);

-- The government's yearly notice of days off and swapped working days, entered by an admin.
CREATE TABLE calendar_notices (
  year       INTEGER PRIMARY KEY,
  body       TEXT NOT NULL,              -- JSON: days_off, working_days, reference
  updated_at BIGINT NOT NULL
);
