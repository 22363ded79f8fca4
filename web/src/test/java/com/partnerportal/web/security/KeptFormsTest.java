package com.partnerportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sealed cookie of a form kept across a login: only this portal can read or make one, for a while. */
class KeptFormsTest {

    static KeptForms keptForms(String key, Instant now) {
        KeptForms forms = new KeptForms();
        forms.configuredKey = Optional.of(key);
        forms.clientSecret = Optional.empty();
        forms.maxBody = new MemorySize(BigInteger.valueOf(1024 * 1024));
        forms.clock = Clock.fixed(now, ZoneOffset.UTC);
        forms.init();
        return forms;
    }

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    KeptForms.KeptForm form(KeptForms forms, String subject, long expires) {
        return new KeptForms.KeptForm("/review/customers/P-1001/7/reject", "/review/customers/P-1001/7",
                forms.ownerTag(subject), Map.of("reason", List.of("Ünïcode – text \"quoted\" <b>"), "version",
                        List.of("3")), expires);
    }

    @Test
    void aSealedFormOpensWithTheSameKeyUntilItExpires() {
        KeptForms forms = keptForms("key-one", NOW);
        KeptForms.KeptForm kept = form(forms, "sub-rita", NOW.plusSeconds(60).getEpochSecond());
        String sealed = forms.seal(kept);

        assertThat(sealed).doesNotContain("reason").doesNotContain("rita");
        assertThat(forms.unseal(sealed)).contains(kept);
        assertThat(forms.unseal(sealed).orElseThrow().action()).isEqualTo("reject");
        assertThat(keptForms("key-one", NOW.plusSeconds(61)).unseal(sealed)).as("expired").isEmpty();
        assertThat(keptForms("key-two", NOW).unseal(sealed)).as("another key").isEmpty();
    }

    @Test
    void aChangedOrForeignCookieIsNothing() {
        KeptForms forms = keptForms("key-one", NOW);
        String sealed = forms.seal(form(forms, "sub-rita", NOW.plusSeconds(60).getEpochSecond()));
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThat(forms.unseal(tampered)).isEmpty();
        assertThat(forms.unseal("not-base64-!!")).isEmpty();
        assertThat(forms.unseal("")).isEmpty();
    }

    @Test
    void theOwnerTagIsPerSubjectAndPerKeyAndNamesNobody() {
        KeptForms forms = keptForms("key-one", NOW);
        assertThat(forms.ownerTag("sub-rita")).isEqualTo(forms.ownerTag("sub-rita"))
                .isNotEqualTo(forms.ownerTag("sub-omar")).doesNotContain("rita")
                .isNotEqualTo(keptForms("key-two", NOW).ownerTag("sub-rita"));
    }
}
