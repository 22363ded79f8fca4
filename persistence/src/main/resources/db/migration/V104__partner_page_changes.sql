-- Page stamps that never wait (replaces V90's one row per partner). With one stamp row per partner, the triggers'
-- upsert locked that row until commit, and two writers of one partner could wait on each other in a cycle: a
-- reviewer's approval locked the stamp row (its association's trigger) and then waited for the ledger's partner lock,
-- which a recompute chunk, a month close or an import held while its own ledger write waited for the stamp row
-- (PostgreSQL then aborted one of them). Now every write statement appends one row per partner it touched, numbered
-- from the sequence: inserting a row no other transaction can see never waits, so the stamps take no part in any
-- lock order. A partner's stamp is the count, largest and sum of its rows (PartnerPageStamps): it changes whenever a
-- write commits, in whatever order the writers drew their numbers; a rollback takes its rows with it. Rows older than
-- a day (longer than any transaction may run) are pruned daily, each partner keeping its largest.
create table partner_page_change (
    partner_id varchar(64) not null,
    stamp      bigint      not null,
    created_at timestamptz not null default now(),
    constraint partner_page_change_pk primary key (partner_id, stamp)
);

insert into partner_page_change (partner_id, stamp) select partner_id, stamp from partner_page_stamp;
drop table partner_page_stamp;

create or replace function partner_page_stamp_changed() returns trigger
    language plpgsql as
$$
begin
    insert into partner_page_change (partner_id, stamp)
    select partner_id, nextval('partner_page_stamp_seq') from (select distinct partner_id from changed_rows) touched;
    return null;
end;
$$;

-- Deleted rows: a new stamp for the partners that still exist; a deleted partner's rows go with it.
create or replace function partner_page_stamp_deleted() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'partner' then
        delete from partner_page_change where partner_id in (select partner_id from changed_rows);
    else
        insert into partner_page_change (partner_id, stamp)
        select touched.partner_id, nextval('partner_page_stamp_seq')
          from (select distinct partner_id from changed_rows) touched
         where exists (select 1 from partner p where p.partner_id = touched.partner_id);
    end if;
    return null;
end;
$$;
