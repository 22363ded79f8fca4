package com.partnerportal.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.core.ledger.LedgerState;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoreLedgerTest {

    @Inject
    ScoreLedger ledger;

    @Inject
    LedgerRepository repository;

    @Inject
    EvidenceImportService imports;

    @Inject
    EntityManager em;

    static String evidence(String partnerId, String asOf, String acr) {
        return """
                {"schemaVersion": 1, "asOf": "%s", "partner": {"id": "%s", "name": "Ledger %s"},
                 "customers": [{"id": "C-1", "segment": "SMB", "attributions": ["PAL"], "acr": {%s}},
                               {"id": "C-2", "segment": "SMB", "attributions": ["CSP"], "acr": {%s}}],
                 "professionals": [], "deployments": []}""".formatted(asOf, partnerId, partnerId, acr, acr);
    }

    @Test
    void a_write_scores_by_the_boundary_the_database_holds_not_by_a_value_kept_for_reads() {
        YearMonth open = ledger.openMonth();
        imports.importEvidence(EvidenceJson.read(evidence("P-8950", open.toString(), "\"" + open + "\": 600")),
                "test", "boundary kept for reads", true);
        assertThat(ledger.ruleSets().forMonth(open).id()).as("the default boundary, now kept for reads")
                .isEqualTo("DATA_AI_AZURE-2026");
        // Another node moves the boundary past the open month (its transaction also held the ledger's writes):
        // this node still keeps the default for its reads, but its next ledger write must score by the moved one.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into rule_set_setting (id, boundary_month, changed_at, changed_by)
                values (1, ?1, now(), 'node-b') on conflict (id) do update set boundary_month = excluded.boundary_month""")
                .setParameter(1, open.plusMonths(1).atDay(1)).executeUpdate());
        try {
            QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged("P-8950"));
            assertThat(text("select rule_set_id from scorecard_ledger where partner_id = 'P-8950' and as_of = '"
                    + open.atDay(1) + "'")).isEqualTo("DATA_AI_AZURE-2024");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rule_set_setting")
                    .executeUpdate());
            QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged("P-8950"));
        }
        assertThat(text("select rule_set_id from scorecard_ledger where partner_id = 'P-8950' and as_of = '"
                + open.atDay(1) + "'")).isEqualTo("DATA_AI_AZURE-2026");
    }

    @Test
    void the_missed_close_of_the_month_before_the_open_one_ran_at_start_up() {
        YearMonth due = ledger.openMonth().minusMonths(1);
        assertThat(text("select closed_by from ledger_month_close where as_of = '" + due.atDay(1) + "'"))
                .startsWith("start-up@");
        assertThat(ledger.closeDue("again")).as("nothing is due twice").isEmpty();
    }

    @Test
    void a_month_is_closed_once_even_when_two_nodes_close_it_at_the_same_time() throws Exception {
        imports.importEvidence(EvidenceJson.read(evidence("P-8901", "2004-03", "\"2004-02\": 600, \"2004-03\": 700")),
                "test", "ledger close", true);
        YearMonth month = YearMonth.of(2004, 3);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<MonthClose>>> closes = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                Callable<Optional<MonthClose>> close = () -> {
                    start.await();
                    return ledger.close(month, ledger.openMonth(), node);
                };
                closes.add(nodes.submit(close));
            }
            start.countDown();
            int closed = 0;
            for (Future<Optional<MonthClose>> close : closes) {
                closed += close.get().isPresent() ? 1 : 0;
            }
            assertThat(closed).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(count("select count(*) from ledger_month_close where as_of = '2004-03-01'")).isEqualTo(1);
        assertThat(count("select count(*) from scorecard_ledger where as_of = '2004-03-01'"))
                .as("one recorded scorecard per partner").isEqualTo(count("select count(*) from partner"));
        assertThat(count("select count(*) from scorecard_ledger where as_of = '2004-03-01' and state <> 'RECORDED'"))
                .isZero();
        assertThat(ledger.close(month, ledger.openMonth(), "node-c")).isEmpty();
    }

    @Test
    void recorded_scorecards_never_change_and_a_restatement_keeps_the_recorded_version() {
        imports.importEvidence(EvidenceJson.read(evidence("P-8902", "2005-06", "\"2005-05\": 600, \"2005-06\": 700")),
                "test", "ledger restate", true);
        YearMonth month = YearMonth.of(2005, 6);
        ledger.close(month, ledger.openMonth(), "test-node").orElseThrow();
        MonthStanding recorded = ledger.scorecard("P-8902", month).orElseThrow().standing();
        assertThat(recorded.kind()).isEqualTo(MonthStanding.Kind.RECORDED);
        int recordedTotal = recorded.shown().orElseThrow().total();

        assertThatThrownBy(() -> execute("update scorecard_ledger set total = 0 where partner_id = 'P-8902'"))
                .hasStackTraceContaining("is frozen");
        assertThatThrownBy(() -> execute("delete from scorecard_ledger where partner_id = 'P-8902'"))
                .hasStackTraceContaining("is frozen");
        QuarkusTransaction.requiringNew().run(() -> repository.keepOpen("P-8902", month,
                new ScorecardFigures(RuleSets.DATA_AI_AZURE_2024.id(), 1, false, "SMB", null, "{}")));
        assertThat(count("select count(*) from scorecard_ledger where partner_id = 'P-8902' and total = 1")).isZero();

        // Corrected telemetry: a third customer arrives, the month is restated.
        imports.importEvidence(EvidenceJson.read("""
                {"schemaVersion": 1, "asOf": "2005-06", "partner": {"id": "P-8902", "name": "Ledger P-8902"},
                 "customers": [{"id": "C-3", "segment": "SMB", "attributions": ["PAL"],
                                "acr": {"2005-05": 900, "2005-06": 900}}],
                 "professionals": [], "deployments": []}"""), "test", "ledger restate 2", true);
        assertThat(ledger.scorecard("P-8902", month).orElseThrow().standing().kind())
                .as("a later import leaves the recorded month as it was").isEqualTo(MonthStanding.Kind.RECORDED);
        assertThat(ledger.restate(List.of("P-8902"), month, "corrected ACR import #512", "omar")).isEqualTo(1);

        ShownScorecard shown = ledger.scorecard("P-8902", month).orElseThrow();
        assertThat(shown.standing().kind()).isEqualTo(MonthStanding.Kind.RESTATED);
        assertThat(shown.standing().versions()).extracting(v -> v.state())
                .containsExactly(LedgerState.RECORDED, LedgerState.RESTATED);
        assertThat(shown.standing().recorded().orElseThrow().total()).isEqualTo(recordedTotal);
        assertThat(shown.scorecard().total()).isEqualTo(shown.standing().shown().orElseThrow().total());
        String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(shown.standing().label()).isEqualTo("recorded " + today + ", restated " + today
                + ": corrected ACR import #512");
        assertThat(count("select count(*) from audit_event where action = 'SCORECARD_RESTATED'"
                + " and partner_id = 'P-8902' and reason = 'corrected ACR import #512'"
                + " and (before ->> 'version') = '1' and (after ->> 'version') = '2'")).isEqualTo(1);
    }

    @Test
    void the_open_month_cannot_be_restated() {
        assertThatThrownBy(() -> ledger.restate(List.of("P-8902"), ledger.openMonth(), "why", "omar"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a closed month");
    }

    @Test
    void a_month_never_recorded_is_computed_and_labelled_so_without_writing() {
        imports.importEvidence(EvidenceJson.read(evidence("P-8903", "2006-02", "\"2006-01\": 600, \"2006-02\": 700")),
                "test", "ledger computed", true);
        long rows = count("select count(*) from scorecard_ledger");
        ShownScorecard shown = ledger.scorecard("P-8903", YearMonth.of(2006, 2)).orElseThrow();
        assertThat(shown.standing().kind()).isEqualTo(MonthStanding.Kind.COMPUTED);
        assertThat(shown.standing().label()).isEqualTo("computed from current data, not recorded");
        assertThat(ledger.history("P-8903", YearMonth.of(2006, 2), 24)).hasSize(24)
                .allSatisfy(month -> assertThat(month.recorded()).isFalse());
        assertThat(count("select count(*) from scorecard_ledger")).isEqualTo(rows);
        assertThat(ledger.scorecard("P-NONE", YearMonth.of(2006, 2))).isEmpty();
    }

    @Test
    void the_open_month_is_kept_current_in_the_writing_transaction() {
        imports.importEvidence(EvidenceJson.read(evidence("P-8904", "2006-02", "\"2006-01\": 600")),
                "test", "ledger open", true);
        YearMonth open = ledger.openMonth();
        QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged("P-8904"));
        ShownScorecard shown = ledger.scorecard("P-8904", open).orElseThrow();
        assertThat(shown.standing().kind()).isEqualTo(MonthStanding.Kind.OPEN);
        assertThat(LedgerCalendar.status(open, java.time.LocalDate.now(ZoneOffset.UTC)))
                .isEqualTo(LedgerCalendar.MonthStatus.OPEN);
        assertThatThrownBy(() -> ledger.evidenceChanged("P-8904")).as("only inside the writer's transaction")
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    @Test
    void a_scorecard_is_stored_out_of_line_without_compression() {
        YearMonth open = ledger.openMonth();
        imports.importEvidence(DemoEvidenceGenerator.generate("P-8905", "Ledger P-8905", open, 120, 14, 8905),
                "test", "ledger storage", true);
        QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged("P-8905"));
        String where = " from scorecard_ledger where partner_id = 'P-8905' and state = 'OPEN'";

        // Large enough that PostgreSQL's default (EXTENDED) would have compressed it with pglz (V190)
        assertThat(count("select octet_length(cast(scorecard as text))" + where)).isGreaterThan(8_000);
        assertThat(text("select coalesce(pg_column_compression(scorecard), 'none')" + where)).isEqualTo("none");
        assertThat(text("select attstorage::text from pg_attribute where attrelid = 'scorecard_ledger'::regclass"
                + " and attname = 'scorecard'")).isEqualTo("e");
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql).getSingleResult());
    }
}
