-- Issue 17, point 6 (first numbered V80, renumbered above main's V90 before landing): memberships by invitation instead of silent e-mail matching.
-- An invitation is a single-use link (7 days) that binds its partner role to whoever opens it signed in. Only the
-- SHA-256 of the link's secret is stored (token_hash). Partner-scoped like every partner table; the link names no
-- partner, so the token is looked up through invitation_by_token_idx (a 256-bit secret: collisions do not happen,
-- and (partner_id, token_hash) is unique besides).
create table invitation (
    partner_id  varchar(64)  not null,
    id          bigint       generated always as identity,
    email       varchar(320) not null,
    role        varchar(20)  not null,
    token_hash  varchar(64)  not null,
    invited_by  varchar(255) not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by varchar(255),
    revoked_at  timestamptz,
    revoked_by  varchar(255),
    constraint invitation_pk primary key (partner_id, id),
    constraint invitation_partner_fk foreign key (partner_id) references partner (partner_id) on delete cascade,
    constraint invitation_token_uq unique (partner_id, token_hash),
    constraint invitation_role_valid check (role in ('partner-user', 'partner-admin')),
    constraint invitation_accepted_by_someone check ((accepted_at is null) = (accepted_by is null)),
    constraint invitation_revoked_by_someone check ((revoked_at is null) = (revoked_by is null)),
    constraint invitation_used_or_revoked_not_both check (accepted_at is null or revoked_at is null)
);
create index invitation_by_token_idx on invitation (token_hash);
create index invitation_open_idx on invitation (partner_id, created_at) where accepted_at is null and revoked_at is null;

-- Memberships created by e-mail that nobody has claimed become expired invitations (their new link cannot be
-- derived: the token never existed), listed on the partner's page to be sent again; each conversion is audited.
insert into audit_event (actor, action, partner_id, entity_type, entity_id, before, after, reason)
select 'migration V106', 'MEMBERSHIP_CONVERTED_TO_INVITATION', partner_id, 'membership', id::text,
       jsonb_build_object('subject', null, 'email', email, 'role', role), null,
       'memberships are no longer bound by e-mail; invite this person again'
  from membership where subject is null;
insert into invitation (partner_id, email, role, token_hash, invited_by, created_at, expires_at)
select partner_id, email, role, 'none:' || md5(random()::text || id::text), 'migration V106', created_at, now()
  from membership where subject is null;
delete from membership where subject is null;

-- Every membership now belongs to a subject; the e-mail is what the invitation was sent to (shown, never matched).
alter table membership drop constraint membership_identifies_someone;
alter table membership alter column subject set not null;
drop index membership_email_uq;
drop index membership_by_email_idx;
