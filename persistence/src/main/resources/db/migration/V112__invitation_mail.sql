-- Invitation mails (issue 17, point 6): the invitation's link goes to the address invited through the mail outbox.
-- The outbox keeps the link (it holds the invitation's secret, of which the invitation table keeps only the hash)
-- until the mail is sent: the sender then replaces the payload (web.mail.MailSender, MailOutbox.redact).
-- Invitations are not a kind anybody can turn off: notification_opt_out keeps its kinds.
alter table mail_outbox drop constraint mail_outbox_kind_valid;
alter table mail_outbox add constraint mail_outbox_kind_valid
    check (kind in ('DECISION', 'RENEWAL', 'EXPIRY_RISK', 'SCORE_RISK', 'REVIEW_DIGEST', 'INVITATION'));
