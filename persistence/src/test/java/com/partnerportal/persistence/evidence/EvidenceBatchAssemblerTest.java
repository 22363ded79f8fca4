package com.partnerportal.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.AcrWindow;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.persistence.ledger.RecomputeRunRepository;
import com.partnerportal.persistence.ledger.RecomputeRunRepository.Chunk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The set-based reader gives back what was imported (approved associations only, the scoring window), for a chunk
 * of partners and for one alone; and a run's chunks are claimed once each.
 */
@QuarkusTest
class EvidenceBatchAssemblerTest {

    static final YearMonth AS_OF = YearMonth.of(2024, 6);

    @Inject
    EvidenceWriter writer;

    @Inject
    ImportApprovals approvals;

    @Inject
    EvidenceAssembler assembler;

    @Inject
    EvidenceBatchAssembler batch;

    @Inject
    RecomputeRunRepository runs;

    @Inject
    jakarta.persistence.EntityManager em;

    private void imported(Evidence evidence, boolean verified) {
        QuarkusTransaction.requiringNew().run(() -> approvals.apply(evidence, writer.write(evidence),
                new ImportApprovals.ImportRequest("test", "batch fixture", "imp-" + evidence.partner().id(),
                        verified)));
    }

    private static Evidence evidence(String partnerId, int customers) {
        List<Customer> list = new java.util.ArrayList<>();
        for (int c = customers; c >= 1; c--) { // imported in reverse: the order must come from the query
            list.add(new Customer("C-" + c, c % 3 == 0 ? Segment.ENTERPRISE : Segment.SMB,
                    c % 2 == 0 ? Set.of(Attribution.PAL, Attribution.CSP) : Set.of(Attribution.DPOR),
                    Map.of(YearMonth.of(2022, 12), new BigDecimal("5.00"), // outside the scoring window
                            YearMonth.of(2023, 5), new BigDecimal(100 + c + ".25"),
                            AS_OF, new BigDecimal(200 * c + ".10"),
                            AS_OF.plusMonths(1), new BigDecimal("9.99")))); // after the as-of month
        }
        return new Evidence(AS_OF, new Partner(partnerId, "Batch " + partnerId), list,
                List.of(new Professional("mcid-b", "Bea", List.of(
                                new Certification("AZURE_DATA_ENGINEER_ASSOCIATE", LocalDate.of(2023, 2, 1),
                                        LocalDate.of(2024, 2, 1)),
                                new Certification("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2022, 7, 1), null))),
                        new Professional("mcid-a", "Abe", List.of(
                                new Certification("DATA_ANALYST_ASSOCIATE", LocalDate.of(2024, 1, 15), null)))),
                List.of(new Deployment("C-1", "Azure OpenAI", 2, LocalDate.of(2024, 3, 1)),
                        new Deployment("C-1", "Azure Databricks", 2, LocalDate.of(2023, 9, 1)),
                        new Deployment("C-1", "Microsoft Fabric", 2, LocalDate.of(2024, 9, 1))), // after the as-of
                List.of(new HeldSpecialization(Specialization.AI_ML_AZURE, LocalDate.of(2023, 11, 1))), 1);
    }

    /**
     * The evidence the assembler must give back for an imported (and approved) one, written out: customers by id
     * with their ACR months of the scoring window only (M-13 … M), professionals by MCID with their certifications
     * by earned date, deployments dated up to the as-of day by date, the specializations as imported.
     */
    private static Evidence assembled(Evidence imported) {
        YearMonth from = AS_OF.minusMonths(13);
        List<Customer> customers = imported.customers().stream()
                .sorted(java.util.Comparator.comparing(Customer::id))
                .map(c -> new Customer(c.id(), c.segment(), c.attributions(), new java.util.TreeMap<>(
                        c.acr().entrySet().stream().filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(AS_OF))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))))
                .toList();
        List<Professional> professionals = imported.professionals().stream()
                .sorted(java.util.Comparator.comparing(Professional::id))
                .map(p -> new Professional(p.id(), p.name(), p.certifications().stream()
                        .sorted(java.util.Comparator.comparing(Certification::earned)).toList()))
                .toList();
        List<Deployment> deployments = imported.deployments().stream()
                .filter(d -> !d.date().isAfter(AS_OF.atEndOfMonth()))
                .sorted(java.util.Comparator.comparing(Deployment::date)).toList();
        return new Evidence(AS_OF, imported.partner(), customers, professionals, deployments,
                imported.specializations(), imported.otherAzureSpecializations());
    }

    @Test
    void aChunkOfPartnersGetsTheEvidenceEachWouldGetAlone() {
        imported(evidence("P-9201", 4), true);
        imported(evidence("P-9202", 1), true);
        imported(evidence("P-9203", 2), false); // associations waiting for review: no customer, no professional
        List<String> ids = List.of("P-9203", "P-9201", "P-9202", "P-NOT-THERE");
        Map<String, Evidence> chunk = QuarkusTransaction.requiringNew().call(() -> batch.assemble(ids, AS_OF));
        assertThat(chunk.keySet()).containsExactly("P-9201", "P-9202", "P-9203");
        assertThat(chunk.get("P-9201")).isEqualTo(assembled(evidence("P-9201", 4)));
        assertThat(chunk.get("P-9202")).isEqualTo(assembled(evidence("P-9202", 1)));
        for (String id : chunk.keySet()) {
            Evidence alone = QuarkusTransaction.requiringNew().call(() -> assembler.assemble(id, AS_OF)).orElseThrow();
            assertThat(alone).as("one partner is a chunk of one: " + id).isEqualTo(chunk.get(id));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> assembler.assemble("P-NOT-THERE", AS_OF))).isEmpty();
        assertThat(chunk.get("P-9201").customers()).hasSize(4);
        assertThat(chunk.get("P-9201").customers().get(0).acr()).containsOnlyKeys(YearMonth.of(2023, 5), AS_OF);
        assertThat(chunk.get("P-9201").deployments()).hasSize(2);
        assertThat(chunk.get("P-9203").customers()).isEmpty();
        assertThat(chunk.get("P-9203").professionals()).isEmpty();
    }

    /**
     * The summed read gives the same evidence, except that each customer carries the figures the rules read as of
     * the month — summed by PostgreSQL — instead of its months; they are the figures of the months the full read
     * gives, in value and scale.
     */
    @Test
    void theSummedReadGivesEachCustomerTheFiguresOfItsMonths() {
        imported(evidence("P-9221", 3), true);
        imported(evidence("P-9222", 1), true);
        imported(evidence("P-9223", 2), false);
        List<String> ids = List.of("P-9223", "P-9221", "P-9222", "P-NOT-THERE");
        Map<String, Evidence> full = QuarkusTransaction.requiringNew().call(() -> batch.assemble(ids, AS_OF));
        Map<String, Evidence> summed = QuarkusTransaction.requiringNew().call(() -> batch.assembleSummed(ids, AS_OF));
        assertThat(summed.keySet()).containsExactly("P-9221", "P-9222", "P-9223");
        for (String id : summed.keySet()) {
            Evidence months = full.get(id);
            Evidence sums = summed.get(id);
            assertThat(sums.customers()).allMatch(Customer::isSummed);
            assertThat(sums.customers()).as(id).containsExactlyElementsOf(months.customers().stream()
                    .map(c -> Customer.summed(c.id(), c.segment(), c.attributions(), AcrWindow.of(c.acr(), AS_OF)))
                    .toList());
            assertThat(sums.withCustomers(months.customers())).as("everything else as read in full: " + id)
                    .isEqualTo(months);
        }
        // C-2 of P-9221: 102.25 in M-13 (2023-05), 400.10 in M; the month before the window and after M not counted
        Customer c2 = summed.get("P-9221").customers().get(1);
        assertThat(c2.summedAcr()).isEqualTo(new AcrWindow(AS_OF, new BigDecimal("102.25"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("400.10"), new BigDecimal("400.10")));
        assertThat(summed.get("P-9223").customers()).isEmpty();

        // a customer without any ACR row in the window: every figure USD 0 (scale 0), as core sums no month
        imported(new Evidence(AS_OF, new Partner("P-9224", "Quiet"), List.of(new Customer("C-Q", Segment.SMB,
                Set.of(Attribution.PAL), Map.of(YearMonth.of(2022, 12), new BigDecimal("5.00"),
                        AS_OF.plusMonths(1), new BigDecimal("9.99")))), List.of(), List.of(), List.of(), 0), true);
        Customer quiet = QuarkusTransaction.requiringNew().call(() -> batch.assembleSummed(List.of("P-9224"), AS_OF))
                .get("P-9224").customers().get(0);
        assertThat(quiet.summedAcr()).isEqualTo(new AcrWindow(AS_OF, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(AcrWindow.of(new java.util.TreeMap<>(), AS_OF));
    }

    /** The reads run without parallel workers and leave the transaction's setting as they found it. */
    @Test
    void theReadPutsTheParallelSettingBack() {
        imported(evidence("P-9231", 1), true);
        List<String> settings = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select set_config('max_parallel_workers_per_gather', '1', true)").getSingleResult();
            batch.assembleSummed(List.of("P-9231"), AS_OF);
            batch.assemble(List.of("P-9231"), AS_OF);
            return List.of(String.valueOf(em.createNativeQuery(
                    "select current_setting('max_parallel_workers_per_gather')").getSingleResult()));
        });
        assertThat(settings).containsExactly("1");
    }

    @Test
    void theAcrTextIsReadAsPostgreSqlWroteIt() {
        Map<YearMonth, BigDecimal> acr = new java.util.TreeMap<>();
        Map<Integer, YearMonth> months = new java.util.HashMap<>();
        long may = LocalDate.of(2023, 5, 1).toEpochDay();
        long june = LocalDate.of(2024, 6, 1).toEpochDay();
        long before = LocalDate.of(1969, 12, 1).toEpochDay(); // a negative day count
        EvidenceBatchAssembler.readAcr(before + " 7 " + may + " 1234.50 " + june + " 0.00", months, acr);
        assertThat(acr).containsExactly(Map.entry(YearMonth.of(1969, 12), new BigDecimal("7")),
                Map.entry(YearMonth.of(2023, 5), new BigDecimal("1234.50")),
                Map.entry(YearMonth.of(2024, 6), new BigDecimal("0.00")));
        assertThat(acr.get(YearMonth.of(2023, 5)).scale()).isEqualTo(2);
        assertThat(acr.get(YearMonth.of(1969, 12)).scale()).isZero();
        EvidenceBatchAssembler.readAcr(may + " -12345678901234.99", months, acr);
        assertThat(acr.get(YearMonth.of(2023, 5))).isEqualTo(new BigDecimal("-12345678901234.99"));
    }

    @Test
    void eachChunkOfARunIsClaimedByOneTransactionAndTheRunFinishesOnceWhenAllAreDone() throws Exception {
        imported(evidence("P-9211", 1), true);
        imported(evidence("P-9212", 1), true);
        imported(evidence("P-9213", 1), true);
        YearMonth month = YearMonth.of(2031, 1);
        String id = UUID.randomUUID().toString();
        RecomputeRunRepository.Started started = QuarkusTransaction.requiringNew()
                .call(() -> runs.start(id, month, "test", 2));
        assertThat(started).isEqualTo(new RecomputeRunRepository.Started(id, true));
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.start(UUID.randomUUID().toString(), month,
                "test", 2))).as("a second start while it runs").isEqualTo(new RecomputeRunRepository.Started(id, false));
        RecomputeRunRepository.Run run = QuarkusTransaction.requiringNew().call(() -> runs.find(id)).orElseThrow();
        assertThat(run.chunks()).isEqualTo((run.partners() + 1) / 2).isGreaterThanOrEqualTo(2);

        // one transaction holds chunk 0; another one is handed chunk 1, not chunk 0
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    Chunk chunk = runs.claim(id).orElseThrow();
                    claimed.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return chunk.chunk(); // rolled back below: the chunk is pending again
                }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        Optional<Chunk> other = QuarkusTransaction.requiringNew().call(() -> runs.claim(id));
        assertThat(other.map(Chunk::chunk)).contains(1);
        release.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isZero();

        // work every chunk; the run finishes exactly once
        while (true) {
            boolean more = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Chunk> chunk = runs.claim(id);
                chunk.ifPresent(c -> runs.done(c, c.partnerIds().size(), List.of(), "test"));
                return chunk.isPresent();
            });
            if (!more) {
                break;
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.finishIfDone(id))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.finishIfDone(id))).isFalse();
        RecomputeRunRepository.Run finished = QuarkusTransaction.requiringNew().call(() -> runs.find(id)).orElseThrow();
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(finished.computed()).isEqualTo(finished.partners());
        assertThat(finished.chunksDone()).isEqualTo(finished.chunks());
    }
}
