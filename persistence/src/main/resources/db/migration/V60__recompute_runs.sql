-- Recompute runs kept in the database (issue 14): any node shows any run's progress, and a run survives the node
-- that started it. A run's partners are split into chunks when it starts; a worker (on any node) claims a pending
-- chunk with "for update skip locked" inside the transaction that scores it and writes its ledger rows, and marks
-- it done in that same transaction. A node that dies mid-chunk loses its connection, its transaction rolls back and
-- the chunk is pending again for the next worker: every chunk is written exactly once.
-- No partner column: both are reference tables for Citus (docs/scaling.md).
create table recompute_run (
    id          varchar(36)  not null,
    as_of       date         not null,
    started_by  varchar(255) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    partners    integer      not null,
    chunks      integer      not null,
    constraint recompute_run_pk primary key (id),
    constraint recompute_run_as_of_first_day check (extract(day from as_of) = 1),
    constraint recompute_run_counts check (partners >= 0 and chunks >= 0)
);
create index recompute_run_by_start_idx on recompute_run (started_at desc);
-- At most one unfinished run per month: a second start returns the running one.
create unique index recompute_run_one_running_uq on recompute_run (as_of) where finished_at is null;

create table recompute_chunk (
    run_id      varchar(36)  not null,
    chunk       integer      not null,
    partner_ids varchar(64)[] not null,
    state       varchar(8)   not null default 'PENDING',
    done_at     timestamptz,
    done_by     varchar(255),
    computed    integer      not null default 0,
    failed      varchar(64)[] not null default '{}',
    constraint recompute_chunk_pk primary key (run_id, chunk),
    constraint recompute_chunk_run_fk foreign key (run_id) references recompute_run (id) on delete cascade,
    constraint recompute_chunk_state_valid check (state in ('PENDING', 'DONE')),
    constraint recompute_chunk_done check ((state = 'DONE') = (done_at is not null))
);
