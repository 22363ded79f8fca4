-- The score ledger: each (partner, as-of month) scorecard is a record.
-- Version 1 of the open month (the calendar month before today's, UTC) is kept current by every write that
-- changes the partner's evidence (state OPEN); when the month closes it is frozen as RECORDED. A program
-- admin's restatement adds version 2, 3, ... (RESTATED, with who, when and why); the recorded version stays.
-- Frozen versions never change: a trigger refuses UPDATE of a RECORDED or RESTATED row, and DELETE of one
-- unless the partner itself is being deleted (the cascade).
create table scorecard_ledger (
    partner_id  varchar(64)  not null,
    as_of       date         not null,
    version     integer      not null,
    state       varchar(16)  not null,
    rule_set_id varchar(64)  not null,
    total       integer      not null,
    attained    boolean      not null,
    path        varchar(16)  not null,
    -- The earliest day expiring certifications would cost the designation (core DesignationRisk); null if none.
    designation_lost_on date,
    scorecard   jsonb        not null,
    computed_at timestamptz  not null,
    recorded_at timestamptz,
    recorded_by varchar(255),
    reason      text,
    constraint scorecard_ledger_pk primary key (partner_id, as_of, version),
    constraint scorecard_ledger_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint scorecard_ledger_as_of_first_day check (extract(day from as_of) = 1),
    constraint scorecard_ledger_total_range check (total between 0 and 100),
    constraint scorecard_ledger_path_valid check (path in ('SMB', 'ENTERPRISE')),
    constraint scorecard_ledger_state_valid check (state in ('OPEN', 'RECORDED', 'RESTATED')),
    constraint scorecard_ledger_versions check ((state = 'RESTATED') = (version > 1) and version >= 1),
    constraint scorecard_ledger_open_unrecorded check ((state = 'OPEN') = (recorded_at is null)),
    constraint scorecard_ledger_frozen_by check (state = 'OPEN' or recorded_by is not null),
    constraint scorecard_ledger_restated_reason check (state <> 'RESTATED' or btrim(coalesce(reason, '')) <> '')
);
-- The program overview and the close read one month across partners.
create index scorecard_ledger_by_month_idx on scorecard_ledger (as_of, partner_id);

create function scorecard_ledger_frozen() returns trigger
    language plpgsql as
$$
begin
    if old.state <> 'OPEN' and (tg_op = 'UPDATE' or pg_trigger_depth() < 2) then
        raise exception 'scorecard_ledger: the % version % of % %-% is frozen', lower(old.state), old.version,
            old.partner_id, extract(year from old.as_of), extract(month from old.as_of)
            using errcode = 'insufficient_privilege';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger scorecard_ledger_frozen_rows
    before update or delete on scorecard_ledger
    for each row execute function scorecard_ledger_frozen();

-- One row per closed month: the close of a month inserts it first, in the transaction that records every
-- partner's scorecard. A second node closing the same month waits on the unique key until the first commits
-- and then inserts nothing, so it closes nothing: the close runs once, however many nodes try.
create table ledger_month_close (
    as_of     date          not null,
    closed_at timestamptz   not null default now(),
    closed_by varchar(255)  not null,
    partners  integer       not null default 0,
    constraint ledger_month_close_pk primary key (as_of),
    constraint ledger_month_close_as_of_first_day check (extract(day from as_of) = 1)
);

-- The snapshots the ledger replaces: they were recomputed (and rewritten) by page views, so they recorded
-- nothing; the ledger starts empty and its first close records the month before the open one.
drop table scorecard_snapshot;
