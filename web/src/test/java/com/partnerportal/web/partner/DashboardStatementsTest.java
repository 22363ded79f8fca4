package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import com.partnerportal.web.ledger.ScoreLedger;
import java.time.YearMonth;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * How much database work one dashboard GET of a partner user costs, counted with Hibernate's statistics
 * ({@code %test.quarkus.hibernate-orm.statistics=true}): the transactions and the JDBC statements prepared.
 * The figures are printed (docs/architecture.md quotes them) and held: the first GET renders the page in one read-only
 * transaction (at most 10 statements), the next serves the content kept for the partner's unchanged page stamp with no
 * transaction (at most 2 statements: the memberships with their partners, the stamp; web.dashboard.RenderedDashboards). Before issue 10:
 * five transactions, 14 statements.
 */
@QuarkusTest
@TestSecurity(user = "count-user")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-count-user"))
class DashboardStatementsTest {

    static final String PARTNER = "P-7301";

    /** A second partner with the same evidence: its first GET must find every query's plan made by the first's. */
    static final String SECOND = "P-7302";

    @Inject
    EvidenceImportService imports;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ScoreLedger ledger;

    @Test
    void aDashboardGetTakesAtMostOneTransactionAndAFewStatements() {
        String example = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow());
        for (String partner : List.of(PARTNER, SECOND)) {
            String json = example.replace("\"P-1001\"", "\"" + partner + "\"");
            imports.importEvidence(EvidenceJson.read(json), "test", "statement count fixture", true);
            PartnerFixture.member(partner, "sub-count-user", false);
        }
        // The partner's history as the score ledger holds it once the months closed: every month of the chart
        // recorded, so the GET reads them (a month never recorded would be computed, read-only, on every view).
        for (YearMonth month = YearMonth.of(2022, 4); !month.isAfter(YearMonth.of(2024, 3)); month = month.plusMonths(1)) {
            ledger.recordClosed(List.of(PARTNER, SECOND), month, "statement count fixture");
        }

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get("/partners/" + PARTNER).then().statusCode(200);
        long coldTransactions = statistics.getTransactionCount();
        long coldStatements = statistics.getPrepareStatementCount();

        statistics.clear();
        given().when().get("/partners/" + PARTNER).then().statusCode(200);
        long transactions = statistics.getTransactionCount();
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("Dashboard GET: first %d transactions, %d statements; again %d transactions, %d statements%n",
                coldTransactions, coldStatements, transactions, statements);

        assertThat(coldTransactions).isEqualTo(1);
        assertThat(coldStatements).isPositive().isLessThanOrEqualTo(10);
        assertThat(transactions).as("served from kept content: no transaction").isZero();
        // Rendering: 7 since the score ledger reads a month's versions and scorecard in one statement and the chart's
        // points from their own column; + 2 since the dashboard shows the designation status (issue 16); + 1 the page
        // stamp. Served again while the stamp holds: the memberships with their partners (one statement) and the stamp.
        assertThat(statements).isPositive().isLessThanOrEqualTo(2);

        // Another partner's first GET runs the same statements with other parameters: Hibernate must find each plan it
        // made for the first. A query whose plan is never found again (a native query whose result mapping has no
        // equality, such as a scalar LocalDate) fills the plan cache with keys of one hash and makes every lookup walk
        // them — 7.7 % of a dashboard's time with 10,000 partners (docs/performance.md, "Query plans").
        statistics.clear();
        given().when().get("/partners/" + SECOND).then().statusCode(200);
        System.out.printf("Another partner's first GET: %d statements, query plans found %d, made %d%n",
                statistics.getPrepareStatementCount(), statistics.getQueryPlanCacheHitCount(),
                statistics.getQueryPlanCacheMissCount());
        assertThat(statistics.getQueryPlanCacheHitCount()).as("plans found again").isPositive();
        assertThat(statistics.getQueryPlanCacheMissCount()).as("plans made again").isZero();
    }
}
