-- Certification links a partner admin claims for one of the partner's professionals (issue 12, point 1), each
-- reviewed through the one review model like an association (approve / reject / request changes), decided per
-- certification. Only an APPROVED link of a professional whose association is APPROVED scores
-- (persistence.evidence.EvidenceAssembler). Certifications that arrive by an evidence import stay in the table
-- certification and count with their professional's approval, as before.
create table certification_claim (
    partner_id       varchar(64)   not null,
    id               bigint        generated always as identity,
    professional_ref bigint        not null,
    certification_id varchar(100)  not null,
    other_name       varchar(200),
    earned           date          not null,
    expires          date,
    proof            varchar(500)  not null,
    state            varchar(20)   not null,
    submitted_by     varchar(255),
    submitted_at     timestamptz,
    decided_by       varchar(255),
    decided_at       timestamptz,
    reason           varchar(2000),
    created_at       timestamptz   not null default now(),
    version          bigint        not null default 0,
    constraint certification_claim_pk primary key (partner_id, id),
    constraint certification_claim_professional_fk foreign key (partner_id, professional_ref)
        references professional (partner_id, id) on delete cascade,
    constraint certification_claim_state_valid
        check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    constraint certification_claim_decision_has_reason
        check (state not in ('REJECTED', 'CHANGES_REQUESTED') or (reason is not null and btrim(reason) <> '')),
    constraint certification_claim_id_not_blank check (btrim(certification_id) <> ''),
    constraint certification_claim_other_named check (certification_id <> 'OTHER' or other_name is not null),
    constraint certification_claim_expires_after_earned check (expires is null or expires >= earned),
    constraint certification_claim_proof_not_blank check (btrim(proof) <> '')
);
-- One open link per professional and certification: a second is a duplicate.
create unique index certification_claim_open_uq on certification_claim (partner_id, professional_ref, certification_id)
    where state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED') and certification_id <> 'OTHER';
create index certification_claim_by_partner_state_idx on certification_claim (partner_id, state);
create index certification_claim_queue_idx on certification_claim (submitted_at) where state = 'SUBMITTED';

-- An approved link feeds the partner's dashboard (its certification scores): the partner page stamp (V90) changes
-- with every write, like the other tables the dashboard is made from.
create trigger certification_claim_page_stamp_ins after insert on certification_claim
    referencing new table as changed_rows for each statement execute function partner_page_stamp_changed();
create trigger certification_claim_page_stamp_upd after update on certification_claim
    referencing new table as changed_rows for each statement execute function partner_page_stamp_changed();
create trigger certification_claim_page_stamp_del after delete on certification_claim
    referencing old table as changed_rows for each statement execute function partner_page_stamp_deleted();
