-- Issue 12, point 1, "edit and remove": a partner admin edits an APPROVED certification link as a new submission
-- beside it (column revises: the link it edits). The approved link keeps counting until a reviewer decides the edit;
-- approving the edit withdraws the approved link in the same transaction (core ReviewModel.supersede), rejecting it
-- leaves the approved link as it was.
alter table certification_claim add column revises bigint;
alter table certification_claim add constraint certification_claim_revises_fk foreign key (partner_id, revises)
    references certification_claim (partner_id, id) on delete set null (revises);

-- One open link per professional and certification, as before, except that an open edit of an approved link stands
-- beside the link it edits until it is decided (approving it ends that link first).
drop index certification_claim_open_uq;
create unique index certification_claim_open_uq on certification_claim (partner_id, professional_ref, certification_id)
    where certification_id <> 'OTHER'
      and (state = 'APPROVED' or state in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED') and revises is null);
-- At most one open edit of a link.
create unique index certification_claim_one_open_edit_uq on certification_claim (partner_id, revises)
    where revises is not null and state in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED');
