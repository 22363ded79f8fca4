package com.partnerportal.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerIdTest {

    @Test
    void lettersDigitsDotsUnderscoresAndHyphensStartingWithALetterOrDigitUpTo64() {
        assertThat(PartnerId.isValid("P-1001")).isTrue();
        assertThat(PartnerId.isValid("a")).isTrue();
        assertThat(PartnerId.isValid("contoso.data_ltd-2")).isTrue();
        assertThat(PartnerId.isValid("x".repeat(64))).isTrue();
        assertThat(PartnerId.isValid("x".repeat(65))).isFalse();
        for (String bad : new String[] {null, "", " ", "a/b", "../P-1", "-P", ".P", "_P", "P 1", "P-1\n", "é", "P%2F1",
                "P?1", "P#1", "＝1"}) {
            assertThat(PartnerId.isValid(bad)).as(String.valueOf(bad)).isFalse();
        }
    }
}
