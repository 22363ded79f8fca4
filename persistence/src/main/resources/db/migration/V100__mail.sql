-- E-mail notifications (issue 12, points 9 and 10).
--
-- mail_outbox: the durable outbox. A notification is a row written in the transaction that causes it (a review
-- decision, a month close), so a rollback leaves no mail behind and a commit cannot lose one. The sender
-- (web.mail.MailSender) claims due rows with FOR UPDATE SKIP LOCKED — one node sends each row — sends it through
-- SMTP and marks it sent in the same transaction; a failed send is retried later with a back-off.
create table mail_outbox (
    id              bigint        generated always as identity primary key,
    kind            varchar(40)   not null,
    recipient       varchar(320)  not null,
    partner_id      varchar(64),
    payload         text          not null,
    created_at      timestamptz   not null default now(),
    next_attempt_at timestamptz   not null default now(),
    attempts        integer       not null default 0,
    sent_at         timestamptz,
    last_error      varchar(2000),
    constraint mail_outbox_kind_valid
        check (kind in ('DECISION', 'RENEWAL', 'EXPIRY_RISK', 'SCORE_RISK', 'REVIEW_DIGEST')),
    constraint mail_outbox_recipient_not_blank check (btrim(recipient) <> '')
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null;

-- notification_opt_out: a user (by the IdP's stable subject) turned a kind of mail off. No row: the kind is on.
-- The kinds allowed are those the portal sends or is to send (core.notify.NotificationKind lists the ones sent).
-- The e-mail address is kept for the kinds that go to program staff, who have no membership row.
create table notification_opt_out (
    subject    varchar(255) not null,
    kind       varchar(40)  not null,
    email      varchar(320),
    changed_at timestamptz  not null default now(),
    constraint notification_opt_out_pk primary key (subject, kind),
    constraint notification_opt_out_kind_valid
        check (kind in ('DECISION', 'RENEWAL', 'EXPIRY_RISK', 'SCORE_RISK', 'REVIEW_DIGEST'))
);
