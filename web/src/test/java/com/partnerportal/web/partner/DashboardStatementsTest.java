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

    @Inject
    EvidenceImportService imports;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ScoreLedger ledger;

    @Test
    void aDashboardGetTakesAtMostOneTransactionAndAFewStatements() {
        String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "statement count fixture", true);
        PartnerFixture.member(PARTNER, "sub-count-user", false);
        // The partner's history as the score ledger holds it once the months closed: every month of the chart
        // recorded, so the GET reads them (a month never recorded would be computed, read-only, on every view).
        for (YearMonth month = YearMonth.of(2022, 4); !month.isAfter(YearMonth.of(2024, 3)); month = month.plusMonths(1)) {
            ledger.recordClosed(List.of(PARTNER), month, "statement count fixture");
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
    }
}
