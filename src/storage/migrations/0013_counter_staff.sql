-- The counter a reception officer sits at (issue 5): the console shows it and offers the
-- counter's procedure fields first. Deleting a counter leaves its officers without one.
ALTER TABLE users ADD COLUMN counter_id BIGINT REFERENCES counters(id) ON DELETE SET NULL;
