package com.partnerportal.web.explain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 4: every explanation page lists the partner's submissions that do not count — awaiting review,
 * sent back for changes, rejected — with the state as the reason and what approving each would add (core's what-if).
 */
@QuarkusTest
@TestSecurity(user = "nothing-hidden-user")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-nothing-hidden-user"))
class NotCountedTest {

    static final String PARTNER = "P-7150";

    @Test
    void each_explanation_page_lists_what_does_not_count_with_its_state_reason_and_points_if_approved() {
        ReviewFixture.partnerWithEvidence(PARTNER);
        PartnerFixture.member(PARTNER, "sub-nothing-hidden-user", false);
        // +10: one more SMB customer added in the last two months (as the reviewer's impact of the same data says)
        String pending = ReviewFixture.unique("C-PENDING");
        ReviewFixture.customerAssociation(PARTNER, pending, AssociationType.PAL, AssociationState.SUBMITTED, 3,
                Map.of(YearMonth.of(2024, 2), new BigDecimal("700"), YearMonth.of(2024, 3), new BigDecimal("800"),
                        YearMonth.of(2023, 2), new BigDecimal("0")));
        String rejected = ReviewFixture.unique("C-REJECTED");
        ReviewFixture.customerAssociation(PARTNER, rejected, AssociationType.CSP, AssociationState.REJECTED, 5,
                Map.of());
        String withdrawn = ReviewFixture.unique("C-WITHDRAWN");
        ReviewFixture.customerAssociation(PARTNER, withdrawn, AssociationType.PAL, AssociationState.WITHDRAWN, 5,
                Map.of());
        String person = ReviewFixture.unique("mcid-back");
        ReviewFixture.professionalAssociation(PARTNER, person, AssociationState.CHANGES_REQUESTED, 2);
        String certified = ReviewFixture.unique("mcid-linked");
        ReviewFixture.certificationClaim(PARTNER, certified, AssociationState.REJECTED, 2);

        String customers = page("/partners/" + PARTNER + "/explain/customers?asOf=2024-03");
        assertThat(row(customers, pending)).contains("SUBMITTED").contains("+10 points");
        assertThat(row(customers, rejected)).contains("REJECTED").contains("fixture reason").contains("points");
        assertThat(customers).doesNotContain("data-not-counted=\"" + withdrawn + "\"");
        for (String metric : new String[] {"usage-growth", "deployments"}) {
            String other = page("/partners/" + PARTNER + "/explain/" + metric + "?asOf=2024-03");
            assertThat(row(other, pending)).as(metric).contains("SUBMITTED").contains("+10 points");
        }

        String certifications = page("/partners/" + PARTNER + "/explain/certifications?asOf=2024-03");
        assertThat(row(certifications, person)).contains("Professional").contains("CHANGES_REQUESTED")
                .contains("fixture reason").contains("points");
        assertThat(row(certifications, certified)).contains("AZURE_AI_ENGINEER_ASSOCIATE").contains("REJECTED")
                .containsPattern("[+−-]?\\d+ points|already holds");
        // an approved professional counts and is not listed among those that do not
        assertThat(certifications).doesNotContain("Professional Person " + certified);
    }

    @Test
    void a_partner_with_nothing_pending_is_told_so() {
        String partner = "P-7151";
        ReviewFixture.partnerWithEvidence(partner);
        PartnerFixture.member(partner, "sub-nothing-hidden-user", false);
        assertThat(page("/partners/" + partner + "/explain/customers?asOf=2024-03"))
                .contains("Not counted yet").contains("None of the partner's customer associations awaits review");
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    /** The "not counted" row of a subject, its cells without tags and with single spaces. */
    private static String row(String page, String subjectId) {
        Matcher matcher = Pattern.compile("<tr data-not-counted=\"" + Pattern.quote(subjectId) + "\">(.*?)</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("a not-counted row of " + subjectId).isTrue();
        return matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
