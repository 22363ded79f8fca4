-- Quartz's row locks exist before any scheduler starts. Quartz's StdRowLockSemaphore inserts a missing lock row
-- itself on first use, but two nodes starting at once both miss it and both insert: the second gets a duplicate
-- key, PostgreSQL aborts its transaction, Quartz's retry runs inside the aborted transaction and that node's
-- scheduler fails to start (seen on a clean CI run of TwoNodesIT). Seeded here, every node only ever
-- `select ... for update`s them. The scheduler name is quarkus.quartz.instance-name (application.properties).
insert into qrtz_locks (sched_name, lock_name)
values ('QuarkusQuartzScheduler', 'TRIGGER_ACCESS'),
       ('QuarkusQuartzScheduler', 'STATE_ACCESS')
on conflict do nothing;
