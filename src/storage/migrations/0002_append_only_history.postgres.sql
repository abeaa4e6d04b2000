-- A dossier's history is evidence: once written it is never changed or removed.
CREATE FUNCTION dossier_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_history is append-only';
END;
$$;
CREATE TRIGGER dossier_history_no_change BEFORE UPDATE OR DELETE ON dossier_history
FOR EACH ROW EXECUTE FUNCTION dossier_history_append_only();
