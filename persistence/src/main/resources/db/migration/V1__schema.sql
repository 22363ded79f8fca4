-- Partner Capability Portal: the schema.
-- Every partner-scoped table carries partner_id and has it in its primary key and in its unique keys,
-- so the data can be distributed by partner (Citus / Azure Cosmos DB for PostgreSQL) without a redesign.
-- Money is numeric(14,2); states are checked text; months are stored as the first day of the month.

create table partner (
    partner_id                  varchar(64)  not null,
    name                        varchar(200) not null,
    anniversary_date            date,
    other_azure_specializations integer      not null default 0,
    created_at                  timestamptz  not null default now(),
    version                     bigint       not null default 0,
    constraint partner_pk primary key (partner_id),
    constraint partner_id_not_blank check (btrim(partner_id) <> ''),
    constraint partner_name_not_blank check (btrim(name) <> ''),
    constraint partner_other_azure_specializations_non_negative check (other_azure_specializations >= 0)
);

-- Who acts for which partner. Keyed by the IdP's stable subject (sub, or oid for Entra ID); a membership
-- may be created by e-mail before the person first signs in, and is bound to the subject on that sign-in.
create table membership (
    partner_id   varchar(64)  not null,
    id           bigint       generated always as identity,
    subject      varchar(255),
    email        varchar(320),
    display_name varchar(200),
    role         varchar(20)  not null,
    created_at   timestamptz  not null default now(),
    constraint membership_pk primary key (partner_id, id),
    constraint membership_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint membership_role_valid check (role in ('partner-user', 'partner-admin')),
    constraint membership_identifies_someone check (subject is not null or email is not null)
);
create unique index membership_subject_uq on membership (partner_id, subject) where subject is not null;
create unique index membership_email_uq on membership (partner_id, lower(email)) where email is not null;
create index membership_by_subject_idx on membership (subject) where subject is not null;
create index membership_by_email_idx on membership (lower(email)) where subject is null;

create table customer (
    partner_id  varchar(64)  not null,
    id          bigint       generated always as identity,
    customer_id varchar(64)  not null,
    name        varchar(200),
    segment     varchar(12)  not null,
    constraint customer_pk primary key (partner_id, id),
    constraint customer_natural_uq unique (partner_id, customer_id),
    constraint customer_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint customer_id_not_blank check (btrim(customer_id) <> ''),
    constraint customer_segment_valid check (segment in ('SMB', 'SMC', 'ENTERPRISE'))
);

-- The review states of an association (customer or professional):
-- DRAFT -> SUBMITTED -> APPROVED | REJECTED | CHANGES_REQUESTED (-> SUBMITTED again); DRAFT/SUBMITTED -> WITHDRAWN.
create table customer_association (
    partner_id   varchar(64)  not null,
    id           bigint       generated always as identity,
    customer_ref bigint       not null,
    type         varchar(4)   not null,
    reference    varchar(200),
    state        varchar(20)  not null,
    submitted_by varchar(255),
    submitted_at timestamptz,
    decided_by   varchar(255),
    decided_at   timestamptz,
    reason       varchar(2000),
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint customer_association_pk primary key (partner_id, id),
    constraint customer_association_customer_fk foreign key (partner_id, customer_ref)
        references customer (partner_id, id) on delete cascade,
    constraint customer_association_type_valid check (type in ('PAL', 'DPOR', 'CSP')),
    constraint customer_association_state_valid
        check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    constraint customer_association_decision_has_reason
        check (state not in ('REJECTED', 'CHANGES_REQUESTED') or (reason is not null and btrim(reason) <> ''))
);
-- One open association per customer and type: a duplicate submission is refused.
create unique index customer_association_open_uq on customer_association (partner_id, customer_ref, type)
    where state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED');
create index customer_association_by_partner_state_idx on customer_association (partner_id, state);
create index customer_association_queue_idx on customer_association (submitted_at) where state = 'SUBMITTED';

-- ACR telemetry: by far the largest table.
create table acr_month (
    partner_id   varchar(64)    not null,
    customer_ref bigint         not null,
    month        date           not null,
    amount       numeric(14, 2) not null,
    constraint acr_month_pk primary key (partner_id, customer_ref, month),
    constraint acr_month_customer_fk foreign key (partner_id, customer_ref)
        references customer (partner_id, id) on delete cascade,
    constraint acr_month_first_day check (extract(day from month) = 1),
    constraint acr_month_amount_non_negative check (amount >= 0)
);
create index acr_month_by_partner_month_idx on acr_month (partner_id, month);

create table professional (
    partner_id varchar(64)  not null,
    id         bigint       generated always as identity,
    person_id  varchar(64)  not null,
    name       varchar(200),
    email      varchar(320),
    constraint professional_pk primary key (partner_id, id),
    constraint professional_natural_uq unique (partner_id, person_id),
    constraint professional_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint professional_person_id_not_blank check (btrim(person_id) <> '')
);

create table certification (
    partner_id       varchar(64)  not null,
    professional_ref bigint       not null,
    certification_id varchar(100) not null,
    earned           date         not null,
    expires          date,
    constraint certification_pk primary key (partner_id, professional_ref, certification_id, earned),
    constraint certification_professional_fk foreign key (partner_id, professional_ref)
        references professional (partner_id, id) on delete cascade,
    constraint certification_id_not_blank check (btrim(certification_id) <> ''),
    constraint certification_expires_after_earned check (expires is null or expires >= earned)
);

create table professional_association (
    partner_id       varchar(64)  not null,
    id               bigint       generated always as identity,
    professional_ref bigint       not null,
    state            varchar(20)  not null,
    submitted_by     varchar(255),
    submitted_at     timestamptz,
    decided_by       varchar(255),
    decided_at       timestamptz,
    reason           varchar(2000),
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint professional_association_pk primary key (partner_id, id),
    constraint professional_association_professional_fk foreign key (partner_id, professional_ref)
        references professional (partner_id, id) on delete cascade,
    constraint professional_association_state_valid
        check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    constraint professional_association_decision_has_reason
        check (state not in ('REJECTED', 'CHANGES_REQUESTED') or (reason is not null and btrim(reason) <> ''))
);
create unique index professional_association_open_uq on professional_association (partner_id, professional_ref)
    where state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED');
create index professional_association_by_partner_state_idx on professional_association (partner_id, state);
create index professional_association_queue_idx on professional_association (submitted_at) where state = 'SUBMITTED';

create table deployment (
    partner_id    varchar(64)  not null,
    id            bigint       generated always as identity,
    customer_ref  bigint       not null,
    service       varchar(200) not null,
    service_level integer      not null,
    deployed_on   date         not null,
    constraint deployment_pk primary key (partner_id, id),
    constraint deployment_natural_uq unique (partner_id, customer_ref, service, service_level, deployed_on),
    constraint deployment_customer_fk foreign key (partner_id, customer_ref)
        references customer (partner_id, id) on delete cascade,
    constraint deployment_service_not_blank check (btrim(service) <> ''),
    constraint deployment_service_level_positive check (service_level >= 1)
);

create table specialization (
    partner_id        varchar(64) not null,
    specialization_id varchar(64) not null,
    earned            date        not null,
    constraint specialization_pk primary key (partner_id, specialization_id),
    constraint specialization_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint specialization_id_valid check (specialization_id in (
        'AI_ML_AZURE', 'ANALYTICS_AZURE', 'BUILD_MODERNIZE_AI_APPS_AZURE', 'BUSINESS_INTELLIGENCE',
        'DATA_WAREHOUSE_MIGRATION_AZURE', 'HYBRID_CLOUD_AZURE_STACK_HCI', 'INFRA_DATABASE_MIGRATION_AZURE',
        'KUBERNETES_AZURE', 'MIGRATE_ENTERPRISE_APPS_AZURE'))
);

create table scorecard_snapshot (
    partner_id  varchar(64) not null,
    as_of       date        not null,
    rule_set_id varchar(64) not null,
    total       integer     not null,
    attained    boolean     not null,
    scorecard   jsonb       not null,
    computed_at timestamptz not null default now(),
    constraint scorecard_snapshot_pk primary key (partner_id, as_of, rule_set_id),
    constraint scorecard_snapshot_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint scorecard_snapshot_as_of_first_day check (extract(day from as_of) = 1),
    constraint scorecard_snapshot_total_range check (total between 0 and 100)
);

-- Append-only audit trail. Not partner-scoped in its key: program-level events (a recompute of every
-- partner) have no partner; partner_id is kept for filtering.
create table audit_event (
    id          bigint        generated always as identity,
    occurred_at timestamptz   not null default now(),
    actor       varchar(255)  not null,
    action      varchar(64)   not null,
    partner_id  varchar(64),
    entity_type varchar(64)   not null,
    entity_id   varchar(200),
    before      jsonb,
    after       jsonb,
    reason      varchar(2000),
    constraint audit_event_pk primary key (id)
);
create index audit_event_by_partner_idx on audit_event (partner_id, occurred_at);
create index audit_event_by_actor_idx on audit_event (actor, occurred_at);
create index audit_event_by_time_idx on audit_event (occurred_at);

create function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
