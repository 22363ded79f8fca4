package com.partnerportal.web.associations;

import static io.restassured.RestAssured.given;

import com.partnerportal.persistence.association.AssociationListQuery;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A partner with 5,000 customer associations, 5,000 professionals and 5,000 certification links (issue 12, point 5):
 * a benchmark, not a test (surefire's default includes do not match its name). Run it with the command in
 * docs/performance.md ({@code scripts/bench/associations.sh}):
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=AssociationListBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It inserts the partner's rows ({@code bench.rows}, default 5,000 of each) and, so that the tables are not the
 * partner's alone, {@code bench.others} other partners (default 20) with as many customers and professionals each,
 * with set-based SQL; then times, as the partner's admin, the associations page (all three lists rendered, with the
 * forms) and the list API for the default order, sorts, a deep page and searches (20 warm-up requests, then the median
 * and maximum of 50), and prints the plan of a search's count. Figures go to the console and to
 * {@code web/target/association-lists-benchmark.txt}.
 */
@QuarkusTest
@TestSecurity(user = "bench-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-bench-lists"))
class AssociationListBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 5_000);
    static final int OTHERS = Integer.getInteger("bench.others", 20);
    static final String PARTNER = "P-LISTS-BENCH";

    @Inject
    EntityManager em;

    @Test
    void associationLists() throws IOException {
        PartnerFixture.partner(PARTNER, "Lists Bench Ltd");
        PartnerFixture.member(PARTNER, "sub-bench-lists", true);
        long load = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(900).run(() -> {
            for (int p = 0; p <= OTHERS; p++) {
                String partner = p == 0 ? PARTNER : "P-LISTS-OTHER-" + p;
                if (p > 0) {
                    em.createNativeQuery("insert into partner (partner_id, name) values (?1, ?2) on conflict do nothing")
                            .setParameter(1, partner).setParameter(2, "Lists Other " + p).executeUpdate();
                }
                insert(partner, p == 0);
            }
            em.createNativeQuery("analyze").executeUpdate();
        });
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %,d customer associations, %,d professionals, %,d certification"
                + " links; %d other partners with as many customers and professionals (loaded in %.1f s)", PARTNER,
                ROWS, ROWS, ROWS, OTHERS, (System.nanoTime() - load) / 1e9));
        lines.add(String.format(Locale.ROOT, "warm: 20 warm-up requests, then the median and max of 50; Java %s, %d"
                + " cores", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        String page = "/partners/" + PARTNER + "/associations";
        String api = "/api/v1/partners/" + PARTNER + "/associations/";
        for (String url : List.of(page, page + "?customers.sort=name&customers.dir=asc&customers.page=100",
                page + "?q=acme", page + "?q=c-b0", page + "?q=c-b04711",
                page + "?professionals.sort=mcid&professionals.dir=desc&certifications.sort=expires",
                api + "customers", api + "customers?sort=name&page=100", api + "customers?q=acme&size=200",
                api + "professionals?q=person 4711", api + "certifications?sort=expires&dir=asc&page=50")) {
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
            lines.add(String.format(Locale.ROOT, "%-95s median %6.1f ms, max %6.1f ms", url,
                    (times.get(24) + times.get(25)) / 2, times.get(49)));
        }
        lines.add("plan of the customers' count for q=acme:");
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object> plan = em.createNativeQuery("explain (analyze, costs off) select count(*)"
                    + " from customer_association a join customer c on c.partner_id = a.partner_id"
                    + " and c.id = a.customer_ref where a.partner_id = ?1 and "
                    + AssociationListQuery.CUSTOMER_TEXT + " like '%acme%'").setParameter(1, PARTNER)
                    .getResultList();
            plan.forEach(line -> lines.add("  " + line));
        });
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "association-lists-benchmark.txt"), lines);
    }

    /**
     * The partner's customers C-B00001 … (every tenth named "Acme …"), each with one association in one of four states;
     * its professionals M-B00001 … ("Person n") each approved, and for the bench partner one certification link each.
     */
    private void insert(String partner, boolean links) {
        if (((Number) em.createNativeQuery("select count(*) from customer where partner_id = ?1")
                .setParameter(1, partner).getSingleResult()).intValue() > 0) {
            return;
        }
        em.createNativeQuery("""
                insert into customer (partner_id, customer_id, name, segment)
                select ?1, 'C-B' || lpad(i::text, 5, '0'),
                       case when i % 10 = 0 then 'Acme ' || md5(i::text) else 'Customer ' || md5(i::text) end,
                       (array['SMB', 'SMC', 'ENTERPRISE'])[1 + i % 3]
                  from generate_series(1, ?2) i""").setParameter(1, partner).setParameter(2, ROWS).executeUpdate();
        em.createNativeQuery("""
                insert into customer_association (partner_id, customer_ref, type, reference, state, submitted_by,
                                                  submitted_at, decided_by, decided_at, reason, created_at)
                select partner_id, id, (array['PAL', 'DPOR', 'CSP'])[1 + id % 3], 'ref-' || customer_id,
                       (array['SUBMITTED', 'APPROVED', 'REJECTED', 'DRAFT'])[1 + id % 4], 'bench',
                       case when id % 4 <> 3 then now() - id * interval '1 minute' end,
                       case when id % 4 in (1, 2) then 'rita' end,
                       case when id % 4 in (1, 2) then now() - id * interval '30 seconds' end,
                       case when id % 4 = 2 then 'not ours' end, now() - id * interval '1 minute'
                  from customer where partner_id = ?1""").setParameter(1, partner).executeUpdate();
        em.createNativeQuery("""
                insert into professional (partner_id, person_id, name, email)
                select ?1, 'M-B' || lpad(i::text, 5, '0'), 'Person ' || i, 'p' || i || '@bench.example'
                  from generate_series(1, ?2) i""").setParameter(1, partner).setParameter(2, ROWS).executeUpdate();
        em.createNativeQuery("""
                insert into professional_association (partner_id, professional_ref, state, submitted_by, submitted_at,
                                                      created_at)
                select partner_id, id, 'APPROVED', 'bench', now(), now() - id * interval '1 minute'
                  from professional where partner_id = ?1""").setParameter(1, partner).executeUpdate();
        if (links) {
            em.createNativeQuery("""
                    insert into certification_claim (partner_id, professional_ref, certification_id, earned, expires,
                                                     proof, state, submitted_by, submitted_at)
                    select partner_id, id, 'AZURE_AI_ENGINEER_ASSOCIATE', date '2024-01-01' + (id % 600)::int,
                           date '2027-01-01' + (id % 600)::int, 'cred-' || person_id, 'SUBMITTED', 'bench', now()
                      from professional where partner_id = ?1""").setParameter(1, partner).executeUpdate();
        }
    }
}
