package com.partnerportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.audit.AuditCriteria;
import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.audit.AuditTrailQuery;
import com.partnerportal.persistence.customer.AcrMonthRepository;
import com.partnerportal.persistence.customer.AcrRow;
import com.partnerportal.persistence.customer.AcrStaging;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.LineProblem;
import com.partnerportal.persistence.evidence.EvidenceWriter;
import com.partnerportal.persistence.evidence.ImportApprovals;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.partner.PartnerSummary;
import com.partnerportal.persistence.review.QueueCriteria;
import com.partnerportal.persistence.review.QueueEntry;
import com.partnerportal.persistence.review.ReviewQueueQuery;
import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.core.ledger.LedgerState;
import com.partnerportal.persistence.ledger.LedgerPoint;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import com.partnerportal.persistence.ledger.StoredMonth;
import com.partnerportal.persistence.overview.OverviewCriteria;
import com.partnerportal.persistence.overview.OverviewRow;
import com.partnerportal.persistence.overview.ProgramOverviewQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Persistence's repositories and queries against the real PostgreSQL: what each answers, typed. */
@QuarkusTest
class RepositoriesTest {

    static final YearMonth AS_OF = YearMonth.of(2024, 3);

    @Inject
    EvidenceWriter writer;

    @Inject
    LedgerRepository ledger;

    @Inject
    ProgramOverviewQuery overview;

    @Inject
    ImportApprovals approvals;

    @Inject
    com.partnerportal.persistence.designation.RecordedMonthsQuery recordedMonths;

    @Inject
    AssociationRepository associations;

    @Inject
    ReviewQueueQuery queue;

    @Inject
    AuditTrailQuery trail;

    @Inject
    AuditLog audit;

    @Inject
    AcrStaging staging;

    @Inject
    AcrMonthRepository acr;

    @Inject
    PartnerRepository partners;

    /** A partner with two approved customers (C-1 SMB through PAL, C-2 through DPOR) and one approved professional. */
    private void partner(String partnerId) {
        Evidence evidence = new Evidence(AS_OF, new Partner(partnerId, "Repo " + partnerId),
                List.of(new Customer("C-1", Segment.SMB, Set.of(Attribution.PAL),
                                Map.of(YearMonth.of(2024, 1), new BigDecimal("10.00"), AS_OF, new BigDecimal("30.50"))),
                        new Customer("C-2", Segment.ENTERPRISE, Set.of(Attribution.DPOR), Map.of())),
                List.of(new Professional("mcid-1", "Ada", List.of(
                        new Certification("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2023, 5, 1), null)))),
                List.of(), List.of(), 0);
        QuarkusTransaction.requiringNew().run(() -> approvals.apply(evidence, writer.write(evidence),
                new ImportApprovals.ImportRequest("test", "repositories fixture", "imp-test", true)));
    }

    /** Adds a SUBMITTED CSP association of C-1, submitted at {@code at}; returns its id. */
    private long submittedCsp(String partnerId, OffsetDateTime at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CustomerAssociationEntity association = new CustomerAssociationEntity();
            association.partnerId = partnerId;
            association.customerRef = associations.customer(partnerId, "C-1").orElseThrow().id;
            association.type = AssociationType.CSP;
            association.reference = "sub-123";
            association.state = AssociationState.SUBMITTED;
            association.submittedBy = "ada";
            association.submittedAt = at;
            associations.persist(association);
            associations.flush();
            return association.id;
        });
    }

    @Test
    void theLedgerKeepsTheOpenVersionRecordsItOnceAndFreezesRecordedAndRestatedVersions() {
        partner("P-9101");
        String json = "{\"metrics\": [{\"points\": 20}, {\"points\": 12}, {\"points\": 0}, {\"points\": 20}]}";
        ScorecardFigures open = new ScorecardFigures("RULES", 52, false, "SMB", null, json);
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.lockPartner("P-9101");
            ledger.keepOpen("P-9101", AS_OF, open);
        });
        OffsetDateTime computed = QuarkusTransaction.requiringNew().call(() -> ledger.versions("P-9101", AS_OF))
                .get(0).computedAt();
        QuarkusTransaction.requiringNew().run(() -> ledger.keepOpen("P-9101", AS_OF, open));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.versions("P-9101", AS_OF)).get(0).computedAt())
                .as("an unchanged scorecard is not rewritten").isEqualTo(computed);

        ScorecardFigures closing = new ScorecardFigures("RULES", 71, true, "SMB", LocalDate.of(2024, 6, 30), json);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.record("P-9101", AS_OF, closing, "close")))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.record("P-9101", AS_OF, open, "close")))
                .as("recorded once").isFalse();
        QuarkusTransaction.requiringNew().run(() -> ledger.keepOpen("P-9101", AS_OF, open));
        QuarkusTransaction.requiringNew().run(() -> ledger.restate("P-9101", AS_OF, 2,
                new ScorecardFigures("RULES", 40, false, "SMB", null, json), "omar", "corrected ACR"));

        List<LedgerEntry> versions = QuarkusTransaction.requiringNew().call(() -> ledger.versions("P-9101", AS_OF));
        assertThat(versions).extracting(LedgerEntry::state).containsExactly(LedgerState.RECORDED, LedgerState.RESTATED);
        assertThat(versions).extracting(LedgerEntry::total).containsExactly(71, 40);
        assertThat(versions.get(1).reason()).isEqualTo("corrected ACR");
        StoredMonth stored = QuarkusTransaction.requiringNew().call(() -> ledger.month("P-9101", AS_OF))
                .orElseThrow();
        assertThat(stored.versions()).isEqualTo(versions);
        assertThat(stored.latest().version()).isEqualTo(2);
        assertThat(stored.latestScorecardJson()).isEqualTo(json);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.month("P-9101", AS_OF.plusMonths(1))))
                .isEmpty();
        List<LedgerPoint> history = QuarkusTransaction.requiringNew().call(() ->
                ledger.history("P-9101", AS_OF.minusMonths(1), AS_OF));
        assertThat(history).hasSize(2).allSatisfy(point -> assertThat(point.points()).containsExactly(20, 12, 0, 20));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.hasFrozen("P-9101"))).isTrue();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> partners.getEntityManager()
                .createNativeQuery("update scorecard_ledger set total = 1 where partner_id = 'P-9101'").executeUpdate()))
                .hasStackTraceContaining("frozen");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.restate("P-9101", AS_OF, 3,
                open, "omar", "  "))).as("a restatement needs a reason (check constraint)")
                .hasStackTraceContaining("scorecard_ledger_restated_reason");
    }

    @Test
    void theDesignationReadsEachMonthsSpecializationCountsFromColumnsDerivedFromItsLatestScorecard() {
        partner("P-9130");
        String open = specializations(2, "STACKED", "OVER_CAP", "DESIGNATION_NOT_ATTAINED", "NOT_YET_EARNED",
                "DUPLICATE");
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.lockPartner("P-9130");
            ledger.keepOpen("P-9130", AS_OF, new ScorecardFigures("RULES", 72, true, "SMB", null, open));
        });
        YearMonth closed = AS_OF.minusMonths(1);
        QuarkusTransaction.requiringNew().run(() -> ledger.record("P-9130", closed,
                new ScorecardFigures("RULES", 70, true, "SMB", null, specializations(0, "STACKED")), "close"));
        QuarkusTransaction.requiringNew().run(() -> ledger.restate("P-9130", closed, 2,
                new ScorecardFigures("RULES", 70, true, "SMB", null, specializations(1, "STACKED", "STACKED")),
                "omar", "corrected specializations"));
        QuarkusTransaction.requiringNew().run(() -> ledger.record("P-9130", closed.minusMonths(1),
                new ScorecardFigures("RULES", 50, false, "SMB", null, "{\"metrics\": []}"), "close"));

        List<com.partnerportal.persistence.designation.MonthOnRecord> months = QuarkusTransaction.requiringNew()
                .call(() -> recordedMonths.months("P-9130"));
        assertThat(months).extracting(m -> m.month().toString() + " " + m.dataAiEarned() + "/"
                + m.otherAzureSpecializations()).containsExactly(
                        closed.minusMonths(1) + " 0/0", // no specializations in the scorecard
                        closed + " 2/1", // the restated version, not the recorded one
                        AS_OF + " 3/2"); // stacked, over the cap and earned while not attained count; the others not
    }

    private static String specializations(int otherAzure, String... statuses) {
        String lines = java.util.Arrays.stream(statuses).map(s -> "{\"id\": \"X\", \"status\": \"" + s + "\"}")
                .collect(java.util.stream.Collectors.joining(", "));
        return "{\"metrics\": [], \"explanation\": {\"specializations\": {\"otherAzureSpecializations\": "
                + otherAzure + ", \"specializations\": [" + lines + "]}}}";
    }

    @Test
    void aMonthIsClaimedForClosingOnce() {
        YearMonth month = YearMonth.of(2003, 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.claimClose(month, "node-a"))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.claimClose(month, "node-b"))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.closed(month))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.closes(100)))
                .anySatisfy(close -> assertThat(close.closedBy()).isEqualTo("node-a"));
        assertThatThrownBy(() -> ledger.claimClose(month, "outside a transaction"))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    @Test
    void theOverviewFiltersSortsAndPagesInTheDatabase() {
        YearMonth open = YearMonth.of(2002, 6);
        LocalDate today = LocalDate.of(2002, 7, 15);
        partner("P-9111");
        partner("P-9112");
        partner("P-9113");
        submittedCsp("P-9113", OffsetDateTime.now(ZoneOffset.UTC));
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.keepOpen("P-9111", open, new ScorecardFigures("R1", 80, true, "SMB", today.plusDays(30), "{}"));
            ledger.keepOpen("P-9112", open, new ScorecardFigures("R1", 72, true, "ENTERPRISE", today.plusDays(200), "{}"));
            ledger.keepOpen("P-9113", open, new ScorecardFigures("R2", 30, false, "SMB", null, "{}"));
        });
        OverviewCriteria all = new OverviewCriteria(open, 70, today.plusDays(90), "p-911", null, null, null, null,
                OverviewCriteria.Sort.SCORE, true, 0, 50);
        List<OverviewRow> rows = QuarkusTransaction.requiringNew().call(() -> overview.page(all));
        assertThat(rows).extracting(OverviewRow::partnerId).containsExactly("P-9111", "P-9112", "P-9113");
        assertThat(rows.get(0).margin()).isEqualTo(10);
        assertThat(rows.get(0).atRisk()).isTrue();
        assertThat(rows.get(1).atRisk()).isFalse();
        assertThat(rows.get(2).pendingReviews()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> overview.count(all))).isEqualTo(3);

        OverviewCriteria risky = new OverviewCriteria(open, 70, today.plusDays(90), "p-911", true, "SMB", true, null,
                OverviewCriteria.Sort.PARTNER, false, 0, 50);
        assertThat(QuarkusTransaction.requiringNew().call(() -> overview.page(risky)))
                .extracting(OverviewRow::partnerId).containsExactly("P-9111");
        OverviewCriteria pending = new OverviewCriteria(open, 70, today.plusDays(90), "P-911", null, null, null, true,
                OverviewCriteria.Sort.NAME, false, 0, 50);
        assertThat(QuarkusTransaction.requiringNew().call(() -> overview.page(pending)))
                .extracting(OverviewRow::partnerId).containsExactly("P-9113");
        OverviewCriteria secondPage = new OverviewCriteria(open, 70, today.plusDays(90), "p-911", null, null, null,
                null, OverviewCriteria.Sort.PARTNER, false, 1, 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> overview.page(secondPage)))
                .extracting(OverviewRow::partnerId).containsExactly("P-9112");
    }

    @Test
    void theLedgersHistoryCarriesTheRuleSetOfEachVersion() {
        partner("P-9103");
        QuarkusTransaction.requiringNew().run(() -> ledger.record("P-9103", AS_OF,
                new ScorecardFigures("RULES-A", 10, false, "SMB", null, "{\"metrics\":[{\"points\":10}]}"),
                "close"));
        QuarkusTransaction.requiringNew().run(() -> ledger.restate("P-9103", AS_OF, 2,
                new ScorecardFigures("RULES-B", 30, false, "SMB", null, "{\"metrics\":[{\"points\":30}]}"),
                "omar", "the boundary moved"));
        List<LedgerPoint> history = QuarkusTransaction.requiringNew().call(() ->
                ledger.history("P-9103", AS_OF.minusMonths(1), AS_OF));
        assertThat(history).extracting(point -> point.entry().ruleSetId(), point -> point.entry().total())
                .containsExactly(tuple("RULES-A", 10), tuple("RULES-B", 30));
        assertThat(history).extracting(LedgerPoint::points).containsExactly(List.of(10), List.of(30));
    }

    @Test
    void associationsAreReadAsRecordsOfEitherKind() {
        partner("P-9102");
        long csp = submittedCsp("P-9102", OffsetDateTime.now(ZoneOffset.UTC));
        List<AssociationRecord> customers = QuarkusTransaction.requiringNew().call(() ->
                associations.list(AssociationKind.CUSTOMER, "P-9102"));
        assertThat(customers).hasSize(3).first().satisfies(newest -> {
            assertThat(newest.id()).isEqualTo(csp);
            assertThat(newest.kind()).isEqualTo(AssociationKind.CUSTOMER);
            assertThat(newest.subjectId()).isEqualTo("C-1");
            assertThat(newest.detail()).isEqualTo("SMB");
            assertThat(newest.type()).isEqualTo("CSP");
            assertThat(newest.reference()).isEqualTo("sub-123");
            assertThat(newest.state()).isEqualTo(AssociationState.SUBMITTED);
        });
        AssociationRecord cspRecord = customers.get(0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> associations.others(cspRecord)))
                .extracting(AssociationRecord::type).containsExactly("PAL");
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                associations.openState("P-9102", cspRecord.subjectRef(), AssociationType.CSP)))
                .contains(AssociationState.SUBMITTED);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                associations.openState("P-9102", cspRecord.subjectRef(), AssociationType.DPOR))).isEmpty();

        AssociationRecord professional = QuarkusTransaction.requiringNew().call(() ->
                associations.list(AssociationKind.PROFESSIONAL, "P-9102")).get(0);
        assertThat(professional.kind()).isEqualTo(AssociationKind.PROFESSIONAL);
        assertThat(professional.subjectId()).isEqualTo("mcid-1");
        assertThat(professional.type()).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                associations.certifications("P-9102", professional.subjectRef())))
                .extracting(Certification::id).containsExactly("AZURE_AI_ENGINEER_ASSOCIATE");

        assertThat(QuarkusTransaction.requiringNew().call(() -> associations.find(AssociationKind.CUSTOMER,
                "P-OTHER", csp))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> associations.record(AssociationKind.CUSTOMER,
                "P-9102", csp))).map(AssociationRecord::state).contains(AssociationState.SUBMITTED);
    }

    @Test
    void theReviewQueueListsSubmittedAssociationsOldestFirstAndCountsEveryState() {
        partner("P-9103");
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
        long csp = submittedCsp("P-9103", old);
        QueueCriteria ofPartner = new QueueCriteria("P-9103", null, null, null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> queue.count(ofPartner))).isEqualTo(1);
        List<QueueEntry> entries = QuarkusTransaction.requiringNew().call(() -> queue.entries(ofPartner, 0, 50));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(csp);
            assertThat(entry.kind()).isEqualTo(AssociationKind.CUSTOMER);
            assertThat(entry.partnerName()).isEqualTo("Repo P-9103");
            assertThat(entry.type()).isEqualTo("CSP");
            assertThat(entry.submittedAt()).isCloseTo(old, within(1, ChronoUnit.SECONDS));
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> queue.count(new QueueCriteria("P-9103", null,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(11), null)))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> queue.count(new QueueCriteria("P-9103", null, null,
                AssociationKind.PROFESSIONAL)))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> queue.countsByState(ofPartner)))
                .containsEntry(AssociationState.SUBMITTED, 1L).containsEntry(AssociationState.APPROVED, 3L)
                .containsEntry(AssociationState.REJECTED, 0L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> queue.countsByState(
                new QueueCriteria("P-9103", AssociationType.PAL, null, null))))
                .containsEntry(AssociationState.APPROVED, 1L).containsEntry(AssociationState.SUBMITTED, 0L);
    }

    @Test
    void theAuditTrailIsFilteredAndReadNewestFirstByKeyset() {
        for (int i = 1; i <= 3; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> audit.record("auditor", "TRAIL_TEST", "P-9104", "test",
                    String.valueOf(n), null, Map.of("n", n), null));
        }
        AuditCriteria criteria = new AuditCriteria("P-9104", "auditor", "TRAIL_TEST", null, null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> trail.count(criteria))).isEqualTo(3);
        List<AuditEventEntity> first = QuarkusTransaction.requiringNew().call(() -> trail.after(criteria, null, null, 2));
        assertThat(first).extracting(e -> e.entityId).containsExactly("3", "2");
        assertThat(first.get(0).after).isEqualTo("{\"n\": 3}");
        AuditEventEntity last = first.get(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> trail.after(criteria, last.occurredAt, last.id, 2)))
                .extracting(e -> e.entityId).containsExactly("1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> trail.events(criteria, 1, 5)))
                .extracting(e -> e.entityId).containsExactly("2", "1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> trail.count(new AuditCriteria("P-9104", null, null,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), null)))).isZero();
    }

    @Test
    void acrStagingReportsEveryReferenceProblemByLineAndOtherwiseUpserts() {
        partner("P-9105");
        List<AcrRow> bad = List.of(new AcrRow(2, "P-NOPE", "C-1", AS_OF, BigDecimal.ONE),
                new AcrRow(3, "P-9105", "C-404", AS_OF, BigDecimal.ONE),
                new AcrRow(4, "P-9105", "C-1", AS_OF, BigDecimal.ONE),
                new AcrRow(5, "P-9105", "C-1", AS_OF, new BigDecimal("2.00")));
        List<LineProblem> problems = QuarkusTransaction.requiringNew().call(() -> staging.stage(bad, 100));
        assertThat(problems).extracting(LineProblem::line).containsExactly(2, 3, 5);
        assertThat(problems).extracting(LineProblem::column).containsExactly("partner_id", "customer_id", null);
        assertThat(problems.get(2)).hasToString("line 5: the same partner, customer and month as line 4");

        List<AcrRow> good = List.of(new AcrRow(2, "P-9105", "C-1", AS_OF, new BigDecimal("99.00")),
                new AcrRow(3, "P-9105", "C-2", YearMonth.of(2024, 2), new BigDecimal("5.00")));
        AcrStaging.Applied applied = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(staging.stage(good, 100)).isEmpty();
            return staging.apply();
        });
        assertThat(applied.changedRows()).isEqualTo(2);
        assertThat(applied.rowsByPartner()).containsExactly(Map.entry("P-9105", 2));
        assertThat(applied.earliest()).containsExactly(Map.entry("P-9105", YearMonth.of(2024, 2)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> acr.latestMonth("P-9105"))).contains(AS_OF);
        long c1 = QuarkusTransaction.requiringNew().call(() -> associations.customer("P-9105", "C-1").orElseThrow().id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> acr.amounts("P-9105", c1, YearMonth.of(2024, 1), AS_OF)))
                .containsExactly(Map.entry(YearMonth.of(2024, 1), new BigDecimal("10.00")),
                        Map.entry(AS_OF, new BigDecimal("99.00")));
    }

    @Test
    void partnersAreListedByIdWithTheirNames() {
        partner("P-9106");
        assertThat(QuarkusTransaction.requiringNew().call(() -> partners.summaries()))
                .contains(new PartnerSummary("P-9106", "Repo P-9106"));
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> partners.ids());
        assertThat(ids).contains("P-9106").isSorted();
        assertThat(QuarkusTransaction.requiringNew().call(() -> acr.latestMonth("P-NONE"))).isEmpty();
    }
}
