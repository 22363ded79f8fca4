package com.partnerportal.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.ledger.ScoreLedger;
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
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Snapshot work does not hold reviewers' decisions behind an import (issue 17, point 9). An ACR import writes its
 * rows in one transaction that takes no ledger lock, and keeps the changed partners' open months current once it
 * committed, a short transaction per chunk ({@link AcrCsvImportService#keepOpenMonths}). A reviewer's approval changes
 * what counts, so it re-scores the partner's open month under that partner's ledger lock.
 *
 * <p>The first test is exact: it holds an import's transaction open (a latch) right after its rows were written and
 * shows that an approval of one of its partners commits meanwhile, and that no database backend waits for the
 * import's. The second measures a 600-partner import and an approval sent during its ledger step; it prints
 * {@code Import vs decision: …} (docs/performance.md, "Imports and reviewers' decisions").
 */
@QuarkusTest
@TestSecurity(user = "rita-hold", roles = "reviewer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita-hold"), @Claim(key = "preferred_username", value = "rita-hold") })
class ImportHoldsNoDecisionTest {

    static final int PARTNERS = 600;

    @Inject
    Imports imports;

    @Inject
    AcrCsvImportService acrImports;

    @Inject
    ScoreLedger ledger;

    @Inject
    EntityManager em;

    @Test
    void anApprovalCommitsWhileAnImportOfItsPartnerHoldsItsTransactionOpen() throws Exception {
        String partner = ReviewFixture.unique("P-HOLDTX");
        ReviewFixture.partnerWithEvidence(partner);
        YearMonth open = ledger.openMonth();
        long association = ReviewFixture.customerAssociation(partner, "C-REVIEW", AssociationType.PAL,
                AssociationState.SUBMITTED, 1, Map.of(open, new BigDecimal("5000.00")));
        String csv = AcrCsvImportService.HEADER + "\n" + partner + ",C-REVIEW," + open + ",9000.00\n"
                + partner + ",C-REVIEW," + open.minusMonths(1) + ",7000.00\n";
        Csrf csrf = Csrf.from("/review");

        CountDownLatch rowsWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] importBackend = new long[1];
        CompletableFuture<AcrCsvImportService.Imported> importing = CompletableFuture.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    AcrCsvImportService.Imported imported = acrImports.importRows(new StringReader(csv), "hold-test",
                            "hold test (transaction held open)");
                    importBackend[0] = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult())
                            .longValue();
                    rowsWritten.countDown();
                    // the import's transaction stays open, its rows written, until the test has seen the approval
                    if (!release.await(3, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("never released");
                    }
                    return imported;
                }));
        try {
            assertThat(rowsWritten.await(2, TimeUnit.MINUTES)).as("the import wrote its rows").isTrue();
            assertThat(committedAcr(partner, open)).as("not committed yet").isEqualByComparingTo("5000.00");

            CompletableFuture<Integer> approval = CompletableFuture.supplyAsync(() -> csrf.post()
                    .formParams(Map.of("version", "0"))
                    .post("/review/customers/" + partner + "/" + association + "/approve").statusCode());
            while (!approval.isDone()) {
                // Were the approval behind the import (as when the import scored the open months in its own
                // transaction), its backend would now wait for the import's: fail at once rather than time out.
                assertThat(waitingFor(importBackend[0])).as("backends waiting for the open import's transaction")
                        .isEmpty();
                Thread.sleep(20);
            }
            assertThat(approval.get()).isEqualTo(303);
            assertThat(importing).as("the import's transaction is still open").isNotDone();
            assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, association).state)
                    .isEqualTo(AssociationState.APPROVED);
        } finally {
            release.countDown();
        }
        AcrCsvImportService.Imported imported = importing.get(2, TimeUnit.MINUTES);
        assertThat(imported.result().changedRows()).isEqualTo(2);
        assertThat(imported.changedPartners()).containsExactly(partner);
        assertThat(committedAcr(partner, open)).isEqualByComparingTo("9000.00");

        // the ledger step after the commit: the open month as stored is the one today's data gives (the approval
        // and the imported rows both in it)
        acrImports.keepOpenMonths(imported.changedPartners());
        var stored = ledger.scorecard(partner, open).orElseThrow();
        assertThat(stored.standing().label()).doesNotContain("not recorded");
        var fromData = ledger.recomputedHistory(partner, open, 1);
        assertThat(fromData).hasSize(1);
        assertThat(stored.scorecard().total()).isEqualTo(fromData.get(0).total());
        assertThat(stored.scorecard().metrics().stream().map(m -> m.points()).toList())
                .isEqualTo(fromData.get(0).points());
    }

    @Test
    void aDecisionDuringAnImportsLedgerStepWaitsForOneChunkNotForTheImport() throws Exception {
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
        YearMonth open = ledger.openMonth();
        StringBuilder csv = new StringBuilder(AcrCsvImportService.HEADER).append('\n');
        for (int n = 0; n < PARTNERS; n++) {
            csv.append(prefix).append('-').append(String.format("%04d", n)).append(",C-1,").append(open)
                    .append(",100.00\n");
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
        csrf.post().formParams(Map.of("version", "0"))
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

    /** The ACR of the partner's customer C-REVIEW in the month, as committed. */
    private BigDecimal committedAcr(String partnerId, YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) em.createNativeQuery("""
                select a.amount from acr_month a join customer c on c.id = a.customer_ref
                 where a.partner_id = ?1 and c.customer_id = 'C-REVIEW' and a.month = ?2""")
                .setParameter(1, partnerId).setParameter(2, month.atDay(1)).getSingleResult());
    }

    /** The database backends blocked by the given one (waiting for a lock it holds). */
    private List<?> waitingFor(long backend) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select pid from pg_stat_activity where cast(?1 as integer) = any(pg_blocking_pids(pid))""")
                .setParameter(1, backend).getResultList());
    }

    private boolean firstLockHeldByAnother(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid()
                   and classid = 110011::oid and objid = hashtext(?1)::oid and objsubid = 2""")
                .setParameter(1, partnerId).getSingleResult()).longValue() > 0);
    }
}
