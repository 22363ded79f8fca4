package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Snapshot work does not hold reviewers' decisions behind an import (issue 17, point 9). An ACR import that changes
 * {@link #PARTNERS} partners keeps each one's open month current; while it does, a reviewer approves an association
 * of the first of them (the first ledger lock any writer takes) — an approval changes what counts, so it keeps that
 * partner's open month current too and needs its ledger lock. The decision must not wait for the whole import: it
 * waits at most for the short ledger step that holds that partner's lock, and is recorded before the import ends.
 * Prints the figures: {@code Import vs decision: …}.
 */
@QuarkusTest
@TestSecurity(user = "rita-hold", roles = "reviewer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita-hold"), @Claim(key = "preferred_username", value = "rita-hold") })
class ImportHoldsNoDecisionTest {

    static final int PARTNERS = 1000;

    @Inject
    Imports imports;

    @Inject
    EntityManager em;

    @Test
    void aReviewersDecisionOnAPartnerOfARunningImportIsNotHeldUntilTheImportEnds() throws Exception {
        String prefix = ReviewFixture.unique("P-HOLD");
        String first = prefix + "-0000";
        // PARTNERS partners with one customer each, written at once
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into partner (partner_id, name)
                    select ?1 || '-' || lpad(n::text, 4, '0'), 'Hold ' || n from generate_series(0, ?2 - 1) n""")
                    .setParameter(1, prefix).setParameter(2, PARTNERS).executeUpdate();
            em.createNativeQuery("""
                    insert into customer (partner_id, customer_id, segment)
                    select partner_id, 'C-1', 'SMB' from partner where partner_id like ?1 || '-%'""")
                    .setParameter(1, prefix).executeUpdate();
        });
        long association = ReviewFixture.submittedCustomer(first, "C-REVIEW", 1);
        StringBuilder csv = new StringBuilder(AcrCsvImportService.HEADER).append('\n');
        for (int n = 0; n < PARTNERS; n++) {
            csv.append(prefix).append('-').append(String.format("%04d", n)).append(",C-1,2024-05,100.00\n");
        }
        Csrf csrf = Csrf.from("/review");

        long started = System.nanoTime();
        CompletableFuture<Long> imported = CompletableFuture.supplyAsync(() -> {
            AcrImportResult result = imports.acr(new StringReader(csv.toString()), "hold-test", "hold test");
            assertThat(result.changedRows()).isEqualTo(PARTNERS);
            return System.nanoTime();
        });
        // the import is keeping the open months: the first partner's ledger lock is held by it
        while (!firstLockHeldByAnother(first)) {
            assertThat(imported.isDone()).as("the import ended before its ledger step was seen").isFalse();
            Thread.sleep(5);
        }
        long decisionStarted = System.nanoTime();
        csrf.post().formParams(java.util.Map.of("version", "0"))
                .post("/review/customers/" + first + "/" + association + "/approve").then().statusCode(303);
        long decided = System.nanoTime();
        long importEnded = imported.get(5, TimeUnit.MINUTES);

        System.out.printf("Import vs decision: %d partners imported in %d ms; the decision on the first, sent %d ms"
                + " after the import began, took %d ms and ended %d ms %s the import%n", PARTNERS,
                (importEnded - started) / 1_000_000, (decisionStarted - started) / 1_000_000,
                (decided - decisionStarted) / 1_000_000, Math.abs(importEnded - decided) / 1_000_000,
                decided < importEnded ? "before" : "after");
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, association).state).isEqualTo(AssociationState.APPROVED);
        assertThat(decided).as("the decision was recorded before the import ended").isLessThan(importEnded);
    }

    private boolean firstLockHeldByAnother(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid()
                   and classid = 110011::oid and objid = hashtext(?1)::oid and objsubid = 2""")
                .setParameter(1, partnerId).getSingleResult()).longValue() > 0);
    }
}
