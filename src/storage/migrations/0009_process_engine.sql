-- The process engine's state (src/process/instance.h): one instance per dossier, pinned to the
-- process_definitions row it started with; its tasks (the steps, open and closed: they are also
-- the step history); tokens waiting at receive tasks and arrivals at parallel joins. Every engine
-- step rewrites an instance's rows in one transaction guarded by row_version.
CREATE TABLE process_instances (
  id                 {{ID}},
  dossier_code       TEXT NOT NULL UNIQUE REFERENCES dossiers(code),
  procedure_code     TEXT NOT NULL,
  definition_id      BIGINT NOT NULL REFERENCES process_definitions(id),
  agency_id          BIGINT NOT NULL REFERENCES agencies(id),
  receiving_agency_id BIGINT NOT NULL DEFAULT 0,
  status             TEXT NOT NULL CHECK (status IN ('running', 'waiting_supplement', 'completed',
                                                     'refused')),
  variables          TEXT NOT NULL DEFAULT '{}',
  processing_started INTEGER NOT NULL DEFAULT 0,
  supplement_node    TEXT NOT NULL DEFAULT '',
  supplement_task_id BIGINT NOT NULL DEFAULT 0,
  started_at         BIGINT NOT NULL,
  ended_at           BIGINT,
  row_version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE process_tasks (
  id               {{ID}},
  instance_id      BIGINT NOT NULL REFERENCES process_instances(id),
  dossier_code     TEXT NOT NULL,
  node_id          TEXT NOT NULL,
  node_name        TEXT NOT NULL DEFAULT '',
  kind             TEXT NOT NULL CHECK (kind IN ('user', 'consultation')),
  step             TEXT NOT NULL DEFAULT '',
  agency_id        BIGINT NOT NULL REFERENCES agencies(id),
  assignee_kind    TEXT NOT NULL DEFAULT '',
  assignee_value   TEXT NOT NULL DEFAULT '',
  state            TEXT NOT NULL CHECK (state IN ('open', 'claimed', 'completed', 'cancelled')),
  claimed_by       BIGINT,
  created_at       BIGINT NOT NULL,
  due_at           BIGINT,
  overdue          INTEGER NOT NULL DEFAULT 0,
  timer_node_id    TEXT NOT NULL DEFAULT '',
  timer_due_at     BIGINT,
  completed_at     BIGINT,
  completed_by     BIGINT,
  decision         TEXT NOT NULL DEFAULT '',
  note             TEXT NOT NULL DEFAULT '',
  previous_task_id BIGINT NOT NULL DEFAULT 0
);
-- The inboxes: the active tasks of an agency.
CREATE INDEX process_tasks_inbox ON process_tasks(agency_id, state, id);
CREATE INDEX process_tasks_instance ON process_tasks(instance_id, id);
-- The sweep: active tasks by due time and by timer.
CREATE INDEX process_tasks_due ON process_tasks(state, due_at);
CREATE INDEX process_tasks_timer ON process_tasks(state, timer_due_at);

-- kind 'waiting': a token at a receive task (count 1 per token); 'arrival': tokens arrived at a
-- parallel join so far.
CREATE TABLE process_tokens (
  instance_id BIGINT NOT NULL REFERENCES process_instances(id),
  node_id     TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('waiting', 'arrival')),
  tokens      INTEGER NOT NULL,
  PRIMARY KEY (instance_id, node_id, kind)
);
