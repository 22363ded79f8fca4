-- Flyway runs this after every migrate, as the owner role (quarkus.flyway.username), so every table any
-- migration adds is granted to the runtime role (the datasource user, placeholder runtime_role) at once.
-- The runtime role reads and writes the portal's tables; on the audit trail it may only read and append:
-- no UPDATE, DELETE or TRUNCATE, and since it owns nothing it cannot disable the append-only triggers.
-- When both are the same role (one login for everything), the grants change nothing and the portal refuses to
-- start (web.launch.DatabaseRolesCheck).
-- Nodes starting at once each run this after their migrate, and Flyway's own lock is released by then: two GRANTs
-- on the same object at once fail with "tuple concurrently updated" (TwoNodesIT failed so). One node at a time, for
-- this transaction (AfterMigrateTest): the key is fixed; NodeStartLock's is another.
select pg_advisory_xact_lock(7361504521388214001);
grant usage on schema public to ${runtime_role};
grant select, insert, update, delete on all tables in schema public to ${runtime_role};
grant usage, select on all sequences in schema public to ${runtime_role};
revoke update, delete, truncate, references, trigger on audit_event from ${runtime_role};
revoke all on flyway_schema_history from ${runtime_role};
-- Quartz's row locks are seeded by V105 and only ever locked (select ... for update needs update): a node can
-- never insert one, so nodes starting at once cannot collide on them.
revoke insert, delete, truncate on qrtz_locks from ${runtime_role};
