-- The audit page and `hortus audit export` filter by user and by action (V3 indexes only seq).
-- Newest first within each user or action, so "the newest 500 rows of tom" reads 500 index
-- entries in order instead of sorting all of tom's rows; the query writes ORDER BY actor, seq DESC
-- (actor fixed by the filter) so that H2 sees the index's order. Groups of actions (user.) and
-- time ranges walk the primary key from the newest row: they are common, and an index would make
-- H2 read and sort all their rows (measured on 300,000 rows).
CREATE INDEX audit_actor_seq ON audit (actor, seq DESC);
CREATE INDEX audit_action_seq ON audit (action, seq DESC);
