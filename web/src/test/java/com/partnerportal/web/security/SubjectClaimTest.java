package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;

import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** Memberships are matched on the configured subject claim only: without it, no partner (fails closed). */
@QuarkusTest
class SubjectClaimTest {

    @Test
    @TestSecurity(user = "sub-ghost")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "sub-ghost"))
    void aTokenWithoutTheSubjectClaimBelongsToNoPartnerEvenIfItsNameMatchesAMembership() {
        PartnerFixture.partner("P-8195", "Ghost Ltd");
        PartnerFixture.member("P-8195", "sub-ghost", true);
        given().when().get("/partners/P-8195").then().statusCode(404);
        given().when().get("/").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "someone")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-ghost-2"))
    void withTheClaimTheMembershipCounts() {
        PartnerFixture.partner("P-8196", "Claimed Ltd");
        PartnerFixture.member("P-8196", "sub-ghost-2", true);
        given().when().get("/partners/P-8196").then().statusCode(200);
    }
}
