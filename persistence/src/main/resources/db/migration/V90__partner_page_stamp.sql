-- A partner's page stamp: a number that changes with every write to a table a partner's dashboard is made from,
-- so that a portal node may keep a rendered dashboard and serve it again as long as the stamp it was rendered
-- under is still the one stored (web.dashboard.DashboardPages; docs/performance.md). Stamps come from one sequence,
-- so a value is never given twice: not after a rollback, not to a partner deleted and created again.
--
-- The triggers below are the only writers. They are statement-level with transition tables, so a COPY of a
-- million ACR rows or a month close of thousands of partners costs one set-based upsert, not a trigger per row.
-- Which tables carry them is checked by PartnerPageStampTest: every table with a partner_id column has them
-- unless that test names it as not feeding the dashboard.
create sequence partner_page_stamp_seq;

create table partner_page_stamp (
    partner_id varchar(64) not null,
    stamp      bigint      not null,
    constraint partner_page_stamp_pk primary key (partner_id),
    constraint partner_page_stamp_partner_fk foreign key (partner_id) references partner (partner_id)
        on delete cascade
);

-- Inserted or updated rows: a new stamp for each partner they belong to.
create function partner_page_stamp_changed() returns trigger
    language plpgsql as
$$
begin
    insert into partner_page_stamp (partner_id, stamp)
    select partner_id, nextval('partner_page_stamp_seq')
      from (select distinct partner_id from changed_rows) touched
     order by partner_id
    on conflict (partner_id) do update set stamp = excluded.stamp;
    return null;
end;
$$;

-- Deleted rows: a new stamp for partners that still exist (a partner being deleted takes its stamp with it).
create function partner_page_stamp_deleted() returns trigger
    language plpgsql as
$$
begin
    update partner_page_stamp s
       set stamp = nextval('partner_page_stamp_seq')
     where s.partner_id in (select distinct partner_id from changed_rows);
    return null;
end;
$$;

do
$$
declare
    fed text;
begin
    foreach fed in array array['partner', 'customer', 'customer_association', 'acr_month', 'professional',
                               'certification', 'professional_association', 'deployment', 'specialization',
                               'scorecard_ledger', 'designation_transition', 'designation_standing']
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed_rows '
                       'for each statement execute function partner_page_stamp_changed()',
                       fed || '_page_stamp_ins', fed);
        execute format('create trigger %I after update on %I referencing new table as changed_rows '
                       'for each statement execute function partner_page_stamp_changed()',
                       fed || '_page_stamp_upd', fed);
        execute format('create trigger %I after delete on %I referencing old table as changed_rows '
                       'for each statement execute function partner_page_stamp_deleted()',
                       fed || '_page_stamp_del', fed);
    end loop;
end;
$$;

insert into partner_page_stamp (partner_id, stamp)
select partner_id, nextval('partner_page_stamp_seq') from partner order by partner_id;
