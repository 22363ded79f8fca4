-- The history chart reads each month's metric points; taking them out of the whole scorecard (jsonb, tens of
-- kilobytes for a partner with hundreds of customers) meant decompressing 24 scorecards per dashboard view.
-- A stored generated column keeps the points beside the scorecard: computed by PostgreSQL from the same row,
-- so it can never disagree with it, and no write has to set it. Adding it rewrites the table without firing
-- row triggers, so the frozen rows stay as recorded.
alter table scorecard_ledger
    add column metric_points jsonb generated always as (jsonb_path_query_array(scorecard, '$.metrics[*].points')) stored;
