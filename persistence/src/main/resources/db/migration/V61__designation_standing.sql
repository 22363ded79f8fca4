-- The designation lifecycle's daily work and the program overview's view of it (issue 16, points 4 and 5).
--
-- designation_day_run: one row per day the designation job ran (lapses due recorded, standings refreshed). The job
-- claims the day by inserting its row first, in the transaction that does the work, so of several nodes (or a
-- start-up and the schedule) exactly one does a day's work; a failed run rolls its claim back with it.
create table designation_day_run (
    run_on      date         not null,
    run_by      varchar(255) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    lapses      integer,
    partners    integer,
    constraint designation_day_run_pk primary key (run_on),
    constraint designation_day_run_counts check (lapses >= 0 and partners >= 0)
);

-- designation_standing: what core's lifecycle said of a partner's designation on the day it was last computed (after
-- each transition, and by the daily job), so that the program overview can filter and show it in SQL without a
-- rule of its own. A projection of designation_transition: rewritten, never the record.
create table designation_standing (
    partner_id      varchar(64) not null,
    designation     varchar(64) not null,
    state           varchar(16) not null,
    enrolled_since  date,
    lapsed_on       date,
    -- the day the current designation year ends (its anniversary); null unless the designation is held
    year_until      date,
    -- held and not yet renewed for the anniversary year_until
    renewal_pending boolean     not null,
    as_of           date        not null,
    updated_at      timestamptz not null default now(),
    constraint designation_standing_pk primary key (partner_id, designation),
    constraint designation_standing_partner_fk foreign key (partner_id) references partner (partner_id)
        on delete cascade,
    constraint designation_standing_state_valid check (state in ('NOT_ENROLLED', 'ENROLLED', 'RENEWED', 'LAPSED')),
    constraint designation_standing_held check ((state in ('ENROLLED', 'RENEWED')) = (year_until is not null)),
    constraint designation_standing_pending check (not renewal_pending or year_until is not null)
);
create index designation_standing_year_until on designation_standing (year_until) where renewal_pending;
