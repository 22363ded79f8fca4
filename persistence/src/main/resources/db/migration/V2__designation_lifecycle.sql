-- The designation lifecycle (issue 16, ../shared/spec/designation-lifecycle.md): a partner's designation record
-- is the list of its transitions — enrolled, benefits activated, renewed, lapsed, anniversary corrected — in
-- the order recorded (seq 1, 2, ...), each with the day it took effect and the audit event written with it.
-- The anniversary date itself stays on partner.anniversary_date (set on the first enrolment of a partner
-- without one, and by corrections). Append-only: a trigger refuses UPDATE, and DELETE unless the partner
-- itself is being deleted (the cascade).
create table designation_transition (
    partner_id         varchar(64)  not null,
    id                 bigint       generated always as identity,
    designation        varchar(64)  not null,
    seq                integer      not null,
    kind               varchar(32)  not null,
    effective_on       date         not null,
    -- ENROLLED and RENEWED: the qualifying month (its first day), its score and the enrolment track
    qualifying_month   date,
    score              integer,
    track              varchar(16),
    -- ANNIVERSARY_CORRECTED: the anniversary date before (null: none) and after
    anniversary_before date,
    anniversary_after  date,
    recorded_at        timestamptz  not null default now(),
    recorded_by        varchar(255) not null,
    audit_event_id     bigint       not null,
    constraint designation_transition_pk primary key (partner_id, id),
    -- Two writers appending to the same record both take the next seq: one of them fails here.
    constraint designation_transition_seq_uq unique (partner_id, designation, seq),
    constraint designation_transition_partner_fk foreign key (partner_id) references partner (partner_id)
        on delete cascade,
    constraint designation_transition_audit_fk foreign key (audit_event_id) references audit_event (id),
    constraint designation_transition_designation_valid check (designation in ('DATA_AI_AZURE')),
    constraint designation_transition_seq_positive check (seq >= 1),
    constraint designation_transition_kind_valid check (kind in
        ('ENROLLED', 'BENEFITS_ACTIVATED', 'RENEWED', 'LAPSED', 'ANNIVERSARY_CORRECTED')),
    constraint designation_transition_track_valid check (track in ('SMB', 'ENTERPRISE')),
    constraint designation_transition_month_first_day check (extract(day from qualifying_month) = 1),
    constraint designation_transition_score_range check (score between 0 and 100),
    constraint designation_transition_qualifying_fields check (
        (kind in ('ENROLLED', 'RENEWED'))
            = (qualifying_month is not null and score is not null and track is not null)
        and (kind in ('ENROLLED', 'RENEWED') or (qualifying_month is null and score is null and track is null))),
    constraint designation_transition_correction_fields check (
        (kind = 'ANNIVERSARY_CORRECTED') = (anniversary_after is not null)
        and (kind = 'ANNIVERSARY_CORRECTED' or anniversary_before is null)),
    constraint designation_transition_recorded_by_not_blank check (btrim(recorded_by) <> '')
);
-- A lapse is recorded once: the lapse job may run on several nodes, or again after a missed day.
create unique index designation_transition_one_lapse_uq on designation_transition (partner_id, designation, effective_on)
    where kind = 'LAPSED';

create function designation_transition_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' or pg_trigger_depth() < 2 then
        raise exception 'designation_transition is append-only: % is not allowed', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return old;
end;
$$;

create trigger designation_transition_no_update_or_delete
    before update or delete on designation_transition
    for each row execute function designation_transition_append_only();
create trigger designation_transition_no_truncate
    before truncate on designation_transition
    for each statement execute function designation_transition_append_only();
