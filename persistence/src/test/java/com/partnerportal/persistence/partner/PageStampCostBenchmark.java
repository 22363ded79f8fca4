package com.partnerportal.persistence.partner;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the partner page stamp's triggers (V90) cost a bulk write: the ACR import's last step (one
 * {@code insert … select … on conflict do update} of every staged row) for {@code bench.rows} rows of 50 partners,
 * with the triggers and with the three on {@code acr_month} disabled (every other trigger, foreign keys included, stays),
 * alternating, five times
 * each; the medians and their difference are printed and written to {@code target/page-stamp-cost.txt}. A benchmark,
 * not a test (run it by name):
 *
 * <pre>
 * ./mvnw -B -pl persistence -am verify -Dtest=PageStampCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.rows=1000000
 * </pre>
 */
@QuarkusTest
class PageStampCostBenchmark {

    static final int PARTNERS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bulkAcrWriteWithAndWithoutTheStampTriggers() throws SQLException, java.io.IOException {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int customersPerPartner = Math.max(1, rows / PARTNERS / 24);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("delete from partner where partner_id like 'P-BENCH-%'");
            sql.execute("insert into partner (partner_id, name) select 'P-BENCH-' || p, 'Bench ' || p"
                    + " from generate_series(1, " + PARTNERS + ") p");
            sql.execute("insert into customer (partner_id, customer_id, segment) select 'P-BENCH-' || p, 'C-' || c, 'SMB'"
                    + " from generate_series(1, " + PARTNERS + ") p, generate_series(1, " + customersPerPartner + ") c");
            sql.execute("drop table if exists bench_staged");
            sql.execute("create unlogged table bench_staged as select c.partner_id, c.id as customer_ref,"
                    + " (date '2024-01-01' + make_interval(months => m))::date as month, (c.id % 997)::numeric + m as amount"
                    + " from customer c, generate_series(0, 23) m where c.partner_id like 'P-BENCH-%'");
            long staged = count(sql, "select count(*) from bench_staged");
            List<Long> with = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                with.add(upsert(sql, false));
                without.add(upsert(sql, true));
            }
            sql.execute("drop table bench_staged");
            sql.execute("delete from partner where partner_id like 'P-BENCH-%'");
            long a = median(with);
            long b = median(without);
            List<String> lines = List.of(String.format(Locale.ROOT,
                    "ACR upsert of %,d rows (%d partners): with the page-stamp triggers median %,d ms %s,"
                            + " without %,d ms %s; the triggers add %,d ms (%.1f %%)",
                    staged, PARTNERS, a, with, b, without, a - b, 100.0 * (a - b) / b));
            lines.forEach(System.out::println);
            Files.write(Path.of("target", "page-stamp-cost.txt"), lines);
        }
    }

    /** Deletes the bench ACR, then writes every staged row again, timed; with or without user triggers. */
    private static long upsert(Statement sql, boolean withoutTriggers) throws SQLException {
        for (String trigger : List.of("acr_month_page_stamp_ins", "acr_month_page_stamp_upd", "acr_month_page_stamp_del")) {
            sql.execute("alter table acr_month " + (withoutTriggers ? "disable" : "enable") + " trigger " + trigger);
        }
        sql.execute("delete from acr_month where partner_id like 'P-BENCH-%'");
        sql.execute("vacuum acr_month");
        long started = System.nanoTime();
        sql.execute("""
                insert into acr_month (partner_id, customer_ref, month, amount)
                select partner_id, customer_ref, month, amount from bench_staged
                on conflict (partner_id, customer_ref, month) do update set amount = excluded.amount""");
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (String trigger : List.of("acr_month_page_stamp_ins", "acr_month_page_stamp_upd", "acr_month_page_stamp_del")) {
            sql.execute("alter table acr_month enable trigger " + trigger);
        }
        return millis;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
