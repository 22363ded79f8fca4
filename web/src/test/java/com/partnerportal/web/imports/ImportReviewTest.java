package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imports never bypass review: submitted unless a verified source, and a rejection stands whatever the source. */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
class ImportReviewTest {

    @Inject
    EntityManager em;

    static String evidence(String partnerId, String customerId) {
        return """
                {"schemaVersion": 1, "asOf": "2024-03", "partner": {"id": "%s", "name": "Import Review Ltd"},
                 "customers": [{"id": "%s", "segment": "SMB", "attributions": ["PAL"],
                                "acr": {"2024-02": 600, "2024-03": 700}}],
                 "professionals": [], "deployments": []}""".formatted(partnerId, customerId);
    }

    static JsonPath post(String json, String verified) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/imports/evidence" + (verified == null ? "" : "?verifiedSource=" + verified))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anImportCannotOverrideARejectionEvenAsAVerifiedSource() {
        String partner = ReviewFixture.unique("P-IMPREJ");
        post(evidence(partner, "C-OK"), "true");
        long rejected = ReviewFixture.customerAssociation(partner, "C-NO", AssociationType.PAL,
                AssociationState.REJECTED, 3, Map.of(YearMonth.of(2024, 3), new BigDecimal("900")));

        JsonPath result = post(evidence(partner, "C-NO"), "true");

        assertThat(result.getMap("kept")).containsEntry("C-NO/PAL", "rejected: the decision stands");
        assertThat(result.getList("approved")).isEmpty();
        assertThat(states(partner, "C-NO")).containsExactly("REJECTED");
        assertThat(ReviewFixture.load(com.partnerportal.core.review.AssociationKind.CUSTOMER, rejected).state)
                .isEqualTo(AssociationState.REJECTED);
    }

    @Test
    void importedAssociationsArriveSubmittedAndAVerifiedSourceApprovesThemThroughTheReviewModel() {
        String partner = ReviewFixture.unique("P-IMPSUB");
        JsonPath first = post(evidence(partner, "C-1"), null);
        assertThat(first.getBoolean("verifiedSource")).isFalse();
        assertThat(first.getList("submitted")).containsExactly("C-1/PAL");
        assertThat(first.getList("approved")).isEmpty();
        assertThat(states(partner, "C-1")).containsExactly("SUBMITTED");
        assertThat(count("select count(*) from audit_event where partner_id = ?1 and action = 'ASSOCIATION_SUBMITTED'",
                partner)).isEqualTo(1);
        assertThat(given().get("/review?partner=" + partner).then().statusCode(200).extract().asString())
                .as("the review queue shows it came by import").contains("import " + first.getString("importId"));

        JsonPath again = post(evidence(partner, "C-1"), null);
        assertThat(again.getMap("kept")).containsEntry("C-1/PAL", "already awaiting review");

        JsonPath verified = post(evidence(partner, "C-1"), "true");
        String importId = verified.getString("importId");
        assertThat(verified.getList("approved")).containsExactly("C-1/PAL");
        assertThat(states(partner, "C-1")).containsExactly("APPROVED");
        List<?> approval = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select a.decided_by, a.reason from customer_association a join customer c
                    on c.partner_id = a.partner_id and c.id = a.customer_ref
                 where a.partner_id = ?1 and c.customer_id = 'C-1'""").setParameter(1, partner).getResultList());
        Object[] decided = (Object[]) approval.get(0);
        assertThat(decided[0]).isEqualTo("omar");
        assertThat(decided[1]).isEqualTo("Approved: verified import " + importId);
        assertThat(count("select count(*) from audit_event where partner_id = ?1 and action = 'ASSOCIATION_APPROVED'",
                partner)).as("one audit event per approval").isEqualTo(1);
        given().contentType(ContentType.JSON).body(evidence(partner, "C-1"))
                .post("/api/v1/imports/evidence?verifiedSource=perhaps").then().statusCode(400);
    }

    private List<String> states(String partnerId, String customerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> states = em.createNativeQuery("""
                    select a.state from customer_association a join customer c
                        on c.partner_id = a.partner_id and c.id = a.customer_ref
                     where a.partner_id = ?1 and c.customer_id = ?2 order by a.id""")
                    .setParameter(1, partnerId).setParameter(2, customerId).getResultList();
            return states;
        });
    }

    private long count(String sql, String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, partnerId).getSingleResult()).longValue());
    }
}
