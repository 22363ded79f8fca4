package com.partnerportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A claim's text loses the quotes of a JSON string, and nothing else. */
class CurrentUserClaimTest {

    @Test
    void quotesAroundAClaimAreDroppedAndInnerOnesKept() {
        assertThat(CurrentUser.unquoted("\"ada\"")).isEqualTo("ada");
        assertThat(CurrentUser.unquoted("ada")).isEqualTo("ada");
        assertThat(CurrentUser.unquoted("\"say \"hi\"\"")).isEqualTo("say \"hi\"");
        assertThat(CurrentUser.unquoted("\"")).isEmpty();
        assertThat(CurrentUser.unquoted("")).isEmpty();
        assertThat(CurrentUser.unquoted("\"open")).isEqualTo("open");
    }
}
