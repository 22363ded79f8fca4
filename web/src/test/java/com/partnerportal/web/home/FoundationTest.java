package com.partnerportal.web.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;


import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FoundationTest {

    @BeforeEach
    void partners() {
        PartnerFixture.partner("P-9001", "Fabrikam Analytics");
        PartnerFixture.partner("P-9002", "Northwind AI");
        PartnerFixture.member("P-9001", "sub-ada", true);
        PartnerFixture.member("P-9002", "sub-grace", false);
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void pagesNeedALoginAndRedirectToTheIdentityProvider() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(302)
                .header("Location", containsString("/authorize?response_type=code"));
    }

    @Test
    void staticAssetsAndTheSignedOutPageArePublic() {
        given().when().get("/static/portal.css").then().statusCode(200);
        given().when().get("/signed-out").then().statusCode(200).body(containsString("signed out"));
    }

    @Test
    @TestSecurity(user = "someone")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-nobody"))
    void aUserWithoutMembershipOrStaffRoleSeesNoAccessYet() {
        given().when().get("/")
                .then().statusCode(403)
                .body(containsString("No access yet"))
                .body(containsString("sub-nobody"));
    }

    @Test
    @TestSecurity(user = "Ada")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-ada"), @Claim(key = "name", value = "Ada Lovelace") })
    void aMemberLandsOnAHomePageNamingTheirPartner() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Ada Lovelace"))
                .body(containsString("Fabrikam Analytics"))
                .body(containsString("partner-admin"))
                .body(containsString("action=\"/logout\""));
    }

    @Test
    @TestSecurity(user = "Ada")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-ada"))
    void aMemberSeesTheirPartnerButNotAnotherOne() {
        given().when().get("/partners/P-9001").then().statusCode(200).body(containsString("Fabrikam Analytics"));
        given().when().get("/partners/P-9002")
                .then().statusCode(404)
                .body(containsString("404"))
                .body(not(containsString("Northwind AI")));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
    void programStaffMayViewAnyPartner() {
        given().when().get("/").then().statusCode(200).body(containsString("reviewer"));
        given().when().get("/partners/P-9002").then().statusCode(200).body(containsString("Northwind AI"));
        given().when().get("/partners/P-0000").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    void unknownPagesRenderTheLayoutWith404AndApiErrorsAreProblems() {
        given().when().get("/no-such-page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Partner Capability Portal"));
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    void responsesCarrySecurityHeaders() {
        given().when().get("/")
                .then().header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Referrer-Policy", "same-origin");
    }
}
