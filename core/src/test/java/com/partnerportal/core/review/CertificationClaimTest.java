package com.partnerportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.scoring.CertificationCatalogue;
import com.partnerportal.core.scoring.RuleSets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a partner admin's certification link may say, field by field, under the catalogue of a rule set. */
class CertificationClaimTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final CertificationCatalogue RULES_2026 = RuleSets.DATA_AI_AZURE_2026.certifications();
    static final CertificationCatalogue RULES_2024 = RuleSets.DATA_AI_AZURE_2024.certifications();
    static final String LINK = "https://learn.microsoft.com/en-us/users/janedoe-1234/transcript/abcd1234efgh";

    @Test
    void aCatalogueCertificationEarnedInThePastWithALearnLinkOrACredentialIdMayBeSubmitted() {
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), LINK)
                .problems(RULES_2026, TODAY)).isEmpty();
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", TODAY, null, "8D5C-1A2B-3E4F")
                .problems(RULES_2026, TODAY)).isEmpty();
        assertThat(new CertificationClaim(CertificationClaim.OTHER, "Databricks Certified Data Engineer",
                LocalDate.of(2025, 1, 1), null, "DBX-123456").problems(RULES_2026, TODAY)).isEmpty();
    }

    @Test
    void aCertificationEarnedAfterItExpiresIsRefusedOnTheExpiryField() {
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), LINK)
                .problems(RULES_2026, TODAY))
                .containsOnlyKeys("expires").containsEntry("expires",
                        "it expires (2026-04-30) before it was earned (2026-05-01)");
    }

    @Test
    void aFutureEarnedDateIsRefused() {
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", TODAY.plusDays(1), null, LINK).problems(RULES_2026, TODAY))
                .containsOnlyKeys("earned").containsEntry("earned", "the earned date 2026-12-01 is in the future");
    }

    @Test
    void aCertificationIdUnknownToTheRuleSetInForceIsRefusedAndOtherNeedsAName() {
        assertThat(claim("AZ-900", LocalDate.of(2025, 1, 1), null, LINK).problems(RULES_2026, TODAY))
                .containsOnlyKeys("certificationId");
        // DP-600 is in the 2026 catalogue, not in the 2024 one.
        assertThat(claim("FABRIC_ANALYTICS_ENGINEER_ASSOCIATE", LocalDate.of(2025, 1, 1), null, LINK)
                .problems(RULES_2026, TODAY)).isEmpty();
        assertThat(claim("FABRIC_ANALYTICS_ENGINEER_ASSOCIATE", LocalDate.of(2025, 1, 1), null, LINK)
                .problems(RULES_2024, TODAY)).containsOnlyKeys("certificationId");
        assertThat(new CertificationClaim(CertificationClaim.OTHER, " ", LocalDate.of(2025, 1, 1), null, LINK)
                .problems(RULES_2026, TODAY)).containsOnlyKeys("otherName");
    }

    @Test
    void aMalformedLearnLinkOrCredentialIdIsRefused() {
        for (String bad : new String[] {"https://learn.microsoft.com/en-us/training/paths/x",
                "http://learn.microsoft.com/en-us/users/jane/transcript/abcd1234",
                "https://evil.example/learn.microsoft.com/users/jane/transcript/abcd1234",
                "learn.microsoft.com/users/jane/transcript/abcd1234"}) {
            assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2025, 1, 1), null, bad)
                    .problems(RULES_2026, TODAY)).as(bad).containsOnlyKeys("proof")
                    .hasEntrySatisfying("proof", m -> assertThat(m).startsWith("not a Microsoft Learn share link"));
        }
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2025, 1, 1), null, "a b")
                .problems(RULES_2026, TODAY)).containsOnlyKeys("proof");
        assertThat(claim("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2025, 1, 1), null, "")
                .problems(RULES_2026, TODAY)).containsOnlyKeys("proof");
        assertThat(CertificationClaim.isLink(LINK)).isTrue();
        assertThat(CertificationClaim.isLink("8D5C-1A2B-3E4F")).isFalse();
    }

    @Test
    void everyMissingFieldHasItsOwnMessage() {
        assertThat(new CertificationClaim(null, null, null, null, null).problems(RULES_2026, TODAY))
                .containsOnlyKeys("certificationId", "earned", "proof");
    }

    private static CertificationClaim claim(String id, LocalDate earned, LocalDate expires, String proof) {
        return new CertificationClaim(id, null, earned, expires, proof);
    }
}
