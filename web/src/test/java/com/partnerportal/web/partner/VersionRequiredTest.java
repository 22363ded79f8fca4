package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Withdraw and resubmit need the version the page showed; without it: 400 and nothing changes. */
@QuarkusTest
class VersionRequiredTest {

    static final String PARTNER = "P-8310";

    @Test
    @TestSecurity(user = "vera")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-vera"), @Claim(key = "preferred_username", value = "vera") })
    void withdrawAndResubmitWithoutAVersionAre400AndChangeNothing() {
        PartnerFixture.partner(PARTNER, "Versions Ltd");
        PartnerFixture.member(PARTNER, "sub-vera", true);
        long submitted = ReviewFixture.customerAssociation(PARTNER, ReviewFixture.unique("C-V"), AssociationType.CSP,
                AssociationState.SUBMITTED, 1, Map.of());
        long withdrawn = ReviewFixture.customerAssociation(PARTNER, ReviewFixture.unique("C-W"), AssociationType.CSP,
                AssociationState.WITHDRAWN, 1, Map.of());
        Csrf csrf = Csrf.from("/partners/" + PARTNER + "/associations");
        String base = "/partners/" + PARTNER + "/associations/customers/";
        csrf.post().when().post(base + submitted + "/withdraw").then().statusCode(400);
        csrf.post().when().post(base + withdrawn + "/resubmit").then().statusCode(400);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, submitted).state).isEqualTo(AssociationState.SUBMITTED);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, withdrawn).state).isEqualTo(AssociationState.WITHDRAWN);
        // With the version it works.
        csrf.post().formParam("version", "0").when().post(base + submitted + "/withdraw").then().statusCode(303);
        given().when().get("/partners/" + PARTNER + "/associations").then().statusCode(200);
    }
}
