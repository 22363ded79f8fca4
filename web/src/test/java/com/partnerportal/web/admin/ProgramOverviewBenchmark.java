package com.partnerportal.web.admin;

import static io.restassured.RestAssured.given;

import com.partnerportal.core.ledger.LedgerCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The program overview with 10,000 partners: a benchmark, not a test (surefire's default includes do not match its
 * name). Run it with the command in docs/performance.md:
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=ProgramOverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It inserts {@code bench.partners} partners (default 10,000) with an open-month ledger row each (scores, paths,
 * rule sets and risk dates spread over the range) and one submitted association for every tenth, then times
 * {@code GET /admin/partners} — the page a program admin sees, rendered — for several sorts and filters (warm:
 * 20 warm-up requests, then the median and the maximum of 50). Figures go to the console and to
 * {@code web/target/overview-benchmark.txt}.
 */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
class ProgramOverviewBenchmark {

    static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);

    @Inject
    EntityManager em;

    @Test
    void overviewPages() throws IOException {
        YearMonth open = LedgerCalendar.openMonth(Clock.systemUTC());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into partner (partner_id, name)
                    select 'P-OVB-' || lpad(i::text, 5, '0'), 'Overview Bench ' || i from generate_series(1, ?1) i
                    on conflict do nothing""").setParameter(1, PARTNERS).executeUpdate();
            em.createNativeQuery("""
                    insert into scorecard_ledger (partner_id, as_of, version, state, rule_set_id, total, attained, path,
                                                  designation_lost_on, scorecard, computed_at)
                    select 'P-OVB-' || lpad(i::text, 5, '0'), cast(?2 as date), 1, 'OPEN',
                           case when i % 7 = 0 then 'DATA_AI_AZURE-2026' else 'DATA_AI_AZURE-2024' end,
                           i % 101, i % 101 >= 70, case when i % 3 = 0 then 'ENTERPRISE' else 'SMB' end,
                           case when i % 5 = 0 then current_date + (i % 200) end, '{}'::jsonb, now()
                      from generate_series(1, ?1) i
                    on conflict do nothing""").setParameter(1, PARTNERS).setParameter(2, open.atDay(1).toString())
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into customer (partner_id, customer_id, segment)
                    select 'P-OVB-' || lpad(i::text, 5, '0'), 'C-1', 'SMB' from generate_series(10, ?1, 10) i
                    on conflict do nothing""").setParameter(1, PARTNERS).executeUpdate();
            em.createNativeQuery("""
                    insert into customer_association (partner_id, customer_ref, type, reference, state, submitted_by,
                                                      submitted_at)
                    select c.partner_id, c.id, 'PAL', 'bench', 'SUBMITTED', 'bench', now()
                      from customer c where c.partner_id like 'P-OVB-%'
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("analyze").executeUpdate();
        });
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "GET /admin/partners with %,d partners (warm: 20 warm-up, median and max of"
                + " 50; Java %s, %d cores)", PARTNERS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        for (String query : List.of("", "?sort=score&dir=desc", "?sort=name&page=100", "?risk=yes&sort=risk",
                "?attained=no&path=ENTERPRISE&pending=yes&sort=pending&dir=desc", "?q=bench%2099")) {
            String url = "/admin/partners" + query;
            for (int i = 0; i < 20; i++) {
                given().get(url).then().statusCode(200);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                given().get(url).then().statusCode(200);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            lines.add(String.format(Locale.ROOT, "%-70s median %6.1f ms, max %6.1f ms", url,
                    (times.get(24) + times.get(25)) / 2, times.get(49)));
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "overview-benchmark.txt"), lines);
    }
}
