package com.partnerportal.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The partner page stamp (migration V90) changes with every write to a table a partner's dashboard is made from, and
 * only the database writes it: a rendered dashboard kept under a stamp is served only while nothing it was made of
 * changed (web.dashboard.RenderedDashboards). The check cannot be forgotten: a new table with a {@code partner_id}
 * fails the first test until it carries the stamp's triggers or is named below as not feeding the dashboard.
 */
@QuarkusTest
class PartnerPageStampTest {

    /**
     * Tables with a partner that the dashboard's content is not made from, and why. Add a table here only when the
     * dashboard (web/dashboard, templates/DashboardResource/content.html) shows nothing read from it.
     */
    static final Map<String, String> NOT_ON_THE_DASHBOARD = Map.of(
            "partner_page_change", "the stamps themselves",
            "membership", "who the caller is is rendered around the kept content on every request",
            "audit_event", "the audit trail is its own page, read fresh",
            "invitation", "invitations are shown on the members pages only, read fresh",
            "mail_outbox", "mail waiting to be sent: never shown on a page",
            "designation_reminder", "which renewal mails were sent: never shown on a page",
            "notice_sent", "which risk and digest mails were sent: never shown on a page");

    static final List<String> TRIGGERS = List.of("_page_stamp_ins", "_page_stamp_upd", "_page_stamp_del");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PartnerPageStamps stamps;

    @Test
    void everyTableWithAPartnerCarriesTheStampTriggersOrIsNamedAsNotFeedingTheDashboard() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet tables = sql.executeQuery("""
                        select c.table_name,
                               array(select t.tgname::text from pg_trigger t
                                      where t.tgrelid = format('public.%I', c.table_name)::regclass
                                        and t.tgname like '%\\_page\\_stamp\\_%' escape '\\'
                                        and not t.tgisinternal) as triggers
                          from information_schema.columns c
                          join information_schema.tables t using (table_schema, table_name)
                         where c.table_schema = 'public' and c.column_name = 'partner_id'
                           and t.table_type = 'BASE TABLE'
                         order by c.table_name""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                List<String> triggers = List.of((String[]) tables.getArray(2).getArray());
                if (NOT_ON_THE_DASHBOARD.containsKey(table)) {
                    continue;
                }
                for (String suffix : TRIGGERS) {
                    if (!triggers.contains(table + suffix)) {
                        missing.add(table + ": no trigger " + table + suffix + " (a table with a partner_id must change"
                                + " the partner's page stamp, see V90__partner_page_stamp.sql, or be named in"
                                + " PartnerPageStampTest.NOT_ON_THE_DASHBOARD with the reason)");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void insertsUpdatesAndDeletesOfEvidenceLedgerAndPartnerEachGiveANewStampThatIsNeverGivenTwice() throws SQLException {
        String partner = "P-ST-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            assertThat(stamp(partner)).isZero();

            sql.execute("insert into partner (partner_id, name) values ('" + partner + "', 'Stamp test')");
            long created = stamp(partner);
            assertThat(created).isPositive();

            long renamed = changes(partner, sql, "update partner set name = 'Stamp test 2' where partner_id = '"
                    + partner + "'", created);
            long customer = changes(partner, sql, "insert into customer (partner_id, customer_id, segment) values ('"
                    + partner + "', 'C-1', 'SMB')", renamed);
            long acr = changes(partner, sql, "insert into acr_month (partner_id, customer_ref, month, amount) select '"
                    + partner + "', id, date '2026-09-01', 1500 from customer where partner_id = '" + partner + "'",
                    customer);
            long corrected = changes(partner, sql, "update acr_month set amount = 1600 where partner_id = '" + partner
                    + "'", acr);
            long dropped = changes(partner, sql, "delete from acr_month where partner_id = '" + partner + "'",
                    corrected);
            long ledger = changes(partner, sql, """
                    insert into scorecard_ledger (partner_id, as_of, version, state, rule_set_id, total, attained, path,
                                                  scorecard, computed_at)
                    values ('%s', date '2026-10-01', 1, 'OPEN', 'rules-2025', 12, false, 'SMB', '{}', now())"""
                    .formatted(partner), dropped);
            changes(partner, sql, "update scorecard_ledger set total = 13 where partner_id = '" + partner + "'",
                    ledger);

            // Another partner's write leaves this one's stamp as it is.
            long before = stamp(partner);
            String other = "P-ST-" + UUID.randomUUID().toString().substring(0, 8);
            sql.execute("insert into partner (partner_id, name) values ('" + other + "', 'Other')");
            sql.execute("insert into customer (partner_id, customer_id, segment) values ('" + other + "', 'C-1', 'SMB')");
            assertThat(stamp(partner)).isEqualTo(before);

            // Deleting the partner removes its children (their delete triggers run) and its stamp without an error;
            // created again, it gets a stamp never given before, so nothing kept for the old one can be served.
            sql.execute("delete from partner where partner_id = '" + partner + "'");
            assertThat(stamp(partner)).isZero();
            sql.execute("insert into partner (partner_id, name) values ('" + partner + "', 'Stamp test')");
            assertThat(stamp(partner)).isGreaterThan(stamp(other));
        }
    }

    @Test
    void aWriteThatRollsBackLeavesTheStampAsItWas() throws SQLException {
        String partner = "P-ST-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            PartnerEntity entity = new PartnerEntity();
            entity.partnerId = partner;
            entity.name = "Rollback";
            entity.persist();
        });
        long stamp = stamp(partner);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            PartnerEntity entity = PartnerEntity.findById(partner);
            entity.name = "Renamed, then rolled back";
            PartnerEntity.flush();
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(stamp(partner)).isEqualTo(stamp);
        assertThat(QuarkusTransaction.requiringNew().call(() -> stamps.of(partner)).partnerLatest()).isEqualTo(stamp);
    }

    /**
     * Two writers of one partner, both open: neither waits for the other on the stamps (V104; with V90's one row per
     * partner the second waited for the first's commit, which let a reviewer's approval and a recompute chunk wait on
     * each other in a cycle). And whichever commits last — even the one that drew the smaller number — changes the
     * stamp a reader sees.
     */
    @Test
    void twoOpenWritersOfOnePartnerNeverWaitOnTheStampAndEachCommitChangesIt() throws SQLException {
        String partner = "P-ST-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection setup = dataSource.getConnection(); Statement sql = setup.createStatement()) {
            setup.setAutoCommit(true);
            sql.execute("insert into partner (partner_id, name) values ('" + partner + "', 'Two writers')");
            sql.execute("insert into customer (partner_id, customer_id, segment) values ('" + partner + "', 'C-1', 'SMB'),"
                    + " ('" + partner + "', 'C-2', 'SMB')");
        }
        PartnerPageStamps.PageStamp before = QuarkusTransaction.requiringNew().call(() -> stamps.of(partner));
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection();
                Statement a = first.createStatement(); Statement b = second.createStatement()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            a.execute("update customer set name = 'first' where partner_id = '" + partner + "' and customer_id = 'C-1'");
            b.execute("set local lock_timeout = '3s'");
            b.execute("update customer set name = 'second' where partner_id = '" + partner + "' and customer_id = 'C-2'");
            second.commit(); // did not wait for the first writer
            PartnerPageStamps.PageStamp afterSecond = QuarkusTransaction.requiringNew().call(() -> stamps.of(partner));
            assertThat(afterSecond).isNotEqualTo(before);
            first.commit(); // drew the smaller number, commits last
            PartnerPageStamps.PageStamp afterFirst = QuarkusTransaction.requiringNew().call(() -> stamps.of(partner));
            assertThat(afterFirst).isNotEqualTo(afterSecond);
            assertThat(afterFirst.partnerLatest()).isEqualTo(afterSecond.partnerLatest());
        }
    }

    private long changes(String partner, Statement sql, String statement, long before) throws SQLException {
        sql.execute(statement);
        long after = stamp(partner);
        assertThat(after).as(statement).isGreaterThan(before);
        return after;
    }

    private long stamp(String partner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select coalesce(max(stamp), 0) from partner_page_change where partner_id = ?")) {
            read.setString(1, partner);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
