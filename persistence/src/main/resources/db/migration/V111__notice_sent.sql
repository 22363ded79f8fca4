-- The risk mails and the reviewers' digest (issue 12, point 9), each sent once per occurrence: a notice is claimed —
-- its row inserted — in the transaction that queues its mails (mail_outbox), and queued only when the insert took
-- place; a second node, or a second run, finds the row and sends nothing (a concurrent claim waits for the first
-- transaction and then meets the key). The key says what the occurrence is:
--   EXPIRY_RISK    <MCID> <certification> <expiry date> DAYS_90|DAYS_30   (one partner's certification, per notice)
--   SCORE_RISK     <closed month YYYY-MM>                                (the partner's score fell below at its close)
--   REVIEW_DIGEST  <day YYYY-MM-DD>                                      (every reviewer's digest of that day)
-- Job bookkeeping shared by every node, with rows of no partner (the digest): a reference table for Citus
-- (docs/scaling.md), so no foreign key to the partner-scoped partner table, like mail_outbox.
create table notice_sent (
    kind       varchar(40)  not null,
    partner_id varchar(64),
    notice_key varchar(400) not null,
    sent_on    date         not null,
    recipients integer      not null,
    created_at timestamptz  not null default now(),
    constraint notice_sent_kind_valid check (kind in ('EXPIRY_RISK', 'SCORE_RISK', 'REVIEW_DIGEST')),
    constraint notice_sent_partner_or_digest check ((partner_id is null) = (kind = 'REVIEW_DIGEST')),
    constraint notice_sent_recipients check (recipients >= 0)
);
create unique index notice_sent_uq on notice_sent (kind, coalesce(partner_id, ''), notice_key);
