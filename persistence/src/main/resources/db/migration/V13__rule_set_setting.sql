-- The rule-set choice (issue 13, shared/spec/scoring-rules-2026.md): the first as-of month scored by the 2026
-- rules. At most one row; without it the portal uses the default boundary, 2026-05. Program admins move it
-- (audited in audit_event).
create table rule_set_setting (
    id             smallint     not null default 1,
    boundary_month date         not null,
    changed_at     timestamptz  not null,
    changed_by     varchar(255) not null,
    constraint rule_set_setting_pk primary key (id),
    constraint rule_set_setting_one_row check (id = 1),
    constraint rule_set_setting_first_day check (extract(day from boundary_month) = 1)
);
