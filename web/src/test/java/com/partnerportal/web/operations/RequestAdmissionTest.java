package com.partnerportal.web.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.error.PortalBusy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Requests take turns (RequestAdmission): every answer gives its turn back, a request that gets no turn in time is
 * refused with 503 and does nothing, and imports never wait for a turn.
 */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
class RequestAdmissionTest {

    @Inject
    RequestAdmission admission;

    /** Every turn free again: a response's end is reported just after the client has read it. */
    private void allTurnsFree() {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (admission.free() != admission.permits() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(admission.free()).as("free turns").isEqualTo(admission.permits());
    }

    @Test
    void everyAnswerGivesItsTurnBack() {
        allTurnsFree();
        for (int round = 0; round < admission.permits() + 1; round++) {
            given().get("/admin/partners").then().statusCode(200);
            given().get("/partners/P-0000").then().statusCode(404);
            given().get("/admin/partners?sort=nonsense").then().statusCode(400);
            // A form without its CSRF token: refused by the CSRF filter.
            given().contentType("application/x-www-form-urlencoded").post("/admin/partners").then().statusCode(400);
        }
        allTurnsFree();
    }

    @Test
    void aRequestThatGetsNoTurnInTimeIsRefusedAndAnImportDoesNotWait() {
        allTurnsFree();
        int taken = 0;
        try {
            while (taken < admission.permits()) {
                assertThat(admission.enter()).isTrue();
                taken++;
            }
            long started = System.nanoTime();
            Response busy = given().get("/admin/partners");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo(String.valueOf(PortalBusy.RETRY_AFTER_SECONDS));
            assertThat(busy.asString()).contains("The portal is busy");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for a turn first")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            // An import is not held back: it is answered (here: refused for its empty body) without a turn.
            given().contentType("text/csv").body("").post("/api/v1/imports/acr").then().statusCode(400);
        } finally {
            for (; taken > 0; taken--) {
                admission.leave(new AtomicBoolean());
            }
        }
        given().get("/admin/partners").then().statusCode(200);
        allTurnsFree();
    }

    @Test
    void aTurnIsGivenBackOnce() {
        allTurnsFree();
        assertThat(admission.enter()).isTrue();
        AtomicBoolean left = new AtomicBoolean();
        admission.leave(left);
        admission.leave(left);
        assertThat(admission.free()).isEqualTo(admission.permits());
    }
}
