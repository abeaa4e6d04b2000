-- A dossier's history is evidence: once written it is never changed or removed.
CREATE TRIGGER dossier_history_no_update BEFORE UPDATE ON dossier_history
BEGIN SELECT RAISE(ABORT, 'dossier_history is append-only'); END;
CREATE TRIGGER dossier_history_no_delete BEFORE DELETE ON dossier_history
BEGIN SELECT RAISE(ABORT, 'dossier_history is append-only'); END;
