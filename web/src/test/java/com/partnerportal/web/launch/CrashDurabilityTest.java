package com.partnerportal.web.launch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.core.review.AssociationState;

import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.PostgresServer;
import com.partnerportal.web.testsupport.PostgresTestResource;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged decision survives a crash of PostgreSQL: the reviewer's approval is answered (303), the server is
 * killed with SIGKILL at once (postmaster and every backend), restarted with crash recovery, and the approval is
 * there. With zonky's defaults (synchronous_commit=off) the commit was acknowledged before it reached the WAL
 * on disk and was lost this way.
 */
@QuarkusTest
class CrashDurabilityTest {

    static final String PARTNER = "P-8170";

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void anAcknowledgedApprovalIsStillThereAfterPostgresIsKilledAndRecovers() throws Exception {
        PartnerFixture.partner(PARTNER, "Crash Test Ltd");
        EmbeddedDatabase database = PostgresTestResource.database();
        PostgresServer server = PostgresServer.of(database.dataDirectory());
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-CRASH"), 1);
            Csrf csrf = Csrf.from("/review/customers/" + PARTNER + "/" + id);
            csrf.post().formParam("version", "0")
                    .when().post("/review/customers/" + PARTNER + "/" + id + "/approve")
                    .then().statusCode(303).header("Location", containsString("notice=approved"));
            long killed = server.postmasterPid();
            server.crash();
            server.start();
            assertThat(server.postmasterPid()).isNotEqualTo(killed);
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.owner().user(),
                    database.owner().password());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select state, decided_by from "
                         + "customer_association where id = " + id)) {
                assertThat(rows.next()).as("round %d: the association", round).isTrue();
                assertThat(rows.getString(1)).as("round %d: its state after recovery", round)
                        .isEqualTo(AssociationState.APPROVED.name());
                assertThat(rows.getString(2)).isEqualTo("rita");
            }
        }
        // The portal's pool recovers too: the next request works without a restart.
        given().when().get("/review/customers/" + PARTNER + "/" + ReviewFixture.submittedCustomer(PARTNER,
                ReviewFixture.unique("C-AFTER"), 1)).then().statusCode(200);
    }
}
