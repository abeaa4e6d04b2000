-- The re-scheduled appointment of a late dossier, set by each apology (Mẫu 04). Seconds since
-- the epoch like due_at, which stays the original legal deadline. NULL when none was promised.
ALTER TABLE dossiers ADD COLUMN promised_at BIGINT;
