package com.partnerportal.persistence.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The portal's schema, as Flyway leaves it, can be distributed by {@code partner_id} (Citus): the check
 * {@link CitusReadiness} reads the catalog of the migrated test database. The plan per table is
 * {@code docs/scaling.md}; the tables without a partner are the list below.
 */
@QuarkusTest
class CitusReadinessTest {

    /**
     * The tables without a partner: replicated to every node ({@code create_reference_table}). {@code audit_event}
     * holds program-level events too (its {@code partner_id} is null for them), and {@code designation_transition}
     * points at it, which Citus allows from a distributed to a reference table. The recompute runs and chunks, and
     * the designation job's day runs, are job bookkeeping shared by every node. {@code mail_outbox} holds staff mail
     * too (no partner) and {@code notification_opt_out} is per user subject; {@code notice_sent} records the risk
     * mails and the reviewers' digests sent (a digest has no partner).
     */
    static final Set<String> REFERENCE_TABLES = Set.of("audit_event", "rule_set_setting", "ledger_month_close",
            "recompute_run", "recompute_chunk", "designation_day_run", "mail_outbox", "notification_opt_out",
            "notice_sent",
            // Quartz's clustered job store (V62)
            "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers",
            "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps",
            "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");

    /** Flyway's own bookkeeping stays a local table of the coordinator (it is never joined). */
    static final Set<String> COORDINATOR_LOCAL = Set.of("flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPartnerScopedTableKeysItsRowsByPartnerFirstAndEveryOtherTableIsAReferenceTable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(CitusReadiness.violations(connection, "public", REFERENCE_TABLES, COORDINATOR_LOCAL))
                    .isEmpty();
        }
    }

    @Test
    void theCheckFindsEveryKindOfViolationInAScratchSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists citus_negative cascade");
            sql.execute("create schema citus_negative");
            try {
                sql.execute("""
                        create table citus_negative.tenant (partner_id text not null primary key);
                        create table citus_negative.good (
                            partner_id text not null, id bigint not null, code text not null,
                            primary key (partner_id, id), unique (partner_id, code),
                            foreign key (partner_id) references citus_negative.tenant (partner_id));
                        create table citus_negative.setting (id int primary key, good_partner text, good_id bigint);
                        create table citus_negative.id_first (
                            partner_id text not null, id bigint not null, code text not null,
                            primary key (id, partner_id));
                        create unique index id_first_code_uq on citus_negative.id_first (code, partner_id);
                        create unique index id_first_lower_uq on citus_negative.id_first (lower(code), partner_id);
                        create table citus_negative.no_key (partner_id text not null, note text);
                        create table citus_negative.child (
                            partner_id text not null, id bigint not null, good_id bigint not null,
                            primary key (partner_id, id),
                            foreign key (good_id, partner_id) references citus_negative.good (id, partner_id));
                        create table citus_negative.orphan (id int primary key, partner_id text);
                        alter table citus_negative.setting add constraint setting_good_fk
                            foreign key (good_partner, good_id) references citus_negative.good (partner_id, id);
                        """);
                List<String> violations = CitusReadiness.violations(connection, "citus_negative",
                        Set.of("setting", "good", "gone"), Set.of());
                assertThat(violations).containsExactlyInAnyOrder(
                        "orphan: has no not-null partner_id and is not named as a reference table",
                        "good: named as a reference table but is partner-scoped",
                        "gone: named as a reference table but does not exist",
                        "id_first: primary key id_first_pkey starts with id, not partner_id",
                        "id_first: unique key id_first_code_uq starts with code, not partner_id",
                        "id_first: unique key id_first_lower_uq starts with (expression), not partner_id",
                        "no_key: partner-scoped but has no primary key",
                        "child: foreign key child_good_id_partner_id_fkey to good pairs good_id with id first, "
                                + "not partner_id",
                        "setting: reference table with foreign key setting_good_fk to the partner-scoped table good");
                sql.execute("alter table citus_negative.setting drop constraint setting_good_fk");
                assertThat(CitusReadiness.violations(connection, "citus_negative", Set.of("setting", "orphan"),
                        Set.of("id_first", "no_key", "child")))
                        .as("the same schema with the bad tables left out and setting → good dropped")
                        .isEmpty();
            } finally {
                sql.execute("drop schema citus_negative cascade");
            }
        }
    }
}
