-- The ledger's scorecards are stored out of line without compression (PostgreSQL's TOAST strategy EXTERNAL instead of
-- EXTENDED). A scorecard is 10-30 kB of jsonb (up to a megabyte for a partner with 5,000 customers); with pglz, the
-- only compression these PostgreSQL binaries have (no lz4), compressing it was most of the cost of writing it: 0.46 of
-- 0.49 ms per row (2,000 open-month rows rewritten in one update: 914 ms, 298 ms uncompressed), paid for every
-- scorecard the recompute, a month close or an evidence change writes, and decompressing it on every first dashboard
-- visit. The price is disk: about 3 x the ledger's scorecard bytes (23 kB instead of 7.4 kB a row on the generated
-- program). docs/performance.md, "Scorecards stored uncompressed". Only rows written from now on are stored so; the
-- recorded ones stay as they are (frozen rows are never rewritten), and read the same either way.
alter table scorecard_ledger alter column scorecard set storage external;
