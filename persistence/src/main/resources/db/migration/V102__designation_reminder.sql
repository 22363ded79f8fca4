-- Renewal reminders and lapse notices (issue 16, point 6; core.lifecycle.RenewalReminder): one row per partner,
-- anniversary and kind of reminder the designation job has sent. The job inserts the row in the transaction that
-- queues the mails (mail_outbox) and queues them only when the insert took place, so each reminder is sent once per
-- anniversary — whether the job runs again, on another node, or days late. A corrected anniversary is a new one.
create table designation_reminder (
    partner_id  varchar(64) not null,
    designation varchar(64) not null,
    anniversary date        not null,
    kind        varchar(16) not null,
    sent_on     date        not null,
    recipients  integer     not null,
    created_at  timestamptz not null default now(),
    constraint designation_reminder_pk primary key (partner_id, designation, anniversary, kind),
    constraint designation_reminder_partner_fk foreign key (partner_id) references partner (partner_id)
        on delete cascade,
    constraint designation_reminder_kind_valid check (kind in ('DAYS_30', 'DAYS_7', 'LAPSED')),
    constraint designation_reminder_recipients check (recipients >= 0)
);
