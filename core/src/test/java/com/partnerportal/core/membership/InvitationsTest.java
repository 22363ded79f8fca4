package com.partnerportal.core.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of invitations: expiry, single use, who may invite, what a merge keeps, and the token. */
class InvitationsTest {

    static final Instant ISSUED = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void an_invitation_lasts_exactly_seven_days() {
        Instant expires = Invitations.expiresAt(ISSUED);
        assertThat(expires).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(Invitations.status(expires.minusSeconds(1), expires, null, null)).isEqualTo(InvitationStatus.PENDING);
        assertThat(Invitations.status(expires, expires, null, null)).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void accepted_and_revoked_are_final_whatever_the_clock_says() {
        Instant expires = Invitations.expiresAt(ISSUED);
        Instant later = expires.plusSeconds(3600);
        assertThat(Invitations.status(later, expires, ISSUED.plusSeconds(5), null)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(Invitations.status(ISSUED, expires, null, ISSUED.plusSeconds(5))).isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    void only_a_pending_invitation_can_be_accepted_and_each_refusal_says_why() {
        assertThat(Invitations.acceptRefusal(InvitationStatus.PENDING)).isEmpty();
        assertThat(Invitations.acceptRefusal(InvitationStatus.ACCEPTED)).hasValueSatisfying(m -> assertThat(m).contains("already been used"));
        assertThat(Invitations.acceptRefusal(InvitationStatus.REVOKED)).hasValueSatisfying(m -> assertThat(m).contains("withdrawn"));
        assertThat(Invitations.acceptRefusal(InvitationStatus.EXPIRED)).hasValueSatisfying(m -> assertThat(m).contains("7 days"));
    }

    @Test
    void an_unused_invitation_can_be_revoked_a_used_or_revoked_one_cannot() {
        assertThat(Invitations.revokeRefusal(InvitationStatus.PENDING)).isEmpty();
        assertThat(Invitations.revokeRefusal(InvitationStatus.EXPIRED)).isEmpty();
        assertThat(Invitations.revokeRefusal(InvitationStatus.ACCEPTED)).isPresent();
        assertThat(Invitations.revokeRefusal(InvitationStatus.REVOKED)).isPresent();
    }

    @Test
    void program_admins_invite_anywhere_partner_admins_only_into_their_own_partner() {
        assertThat(Invitations.mayInvite(true, false)).isTrue();
        assertThat(Invitations.mayInvite(false, true)).isTrue();
        assertThat(Invitations.mayInvite(false, false)).isFalse();
    }

    @Test
    void only_partner_roles_can_be_invited() {
        assertThat(PartnerRole.of("partner-user")).contains(PartnerRole.PARTNER_USER);
        assertThat(PartnerRole.of("partner-admin")).contains(PartnerRole.PARTNER_ADMIN);
        assertThat(PartnerRole.of("program-admin")).isEmpty();
        assertThat(PartnerRole.of("reviewer")).isEmpty();
        assertThat(PartnerRole.of(null)).isEmpty();
    }

    @Test
    void accepting_while_already_a_member_keeps_the_stronger_role() {
        assertThat(Invitations.roleAfterAccepting(Optional.empty(), PartnerRole.PARTNER_USER)).isEqualTo(PartnerRole.PARTNER_USER);
        assertThat(Invitations.roleAfterAccepting(Optional.of(PartnerRole.PARTNER_ADMIN), PartnerRole.PARTNER_USER))
                .isEqualTo(PartnerRole.PARTNER_ADMIN);
        assertThat(Invitations.roleAfterAccepting(Optional.of(PartnerRole.PARTNER_USER), PartnerRole.PARTNER_ADMIN))
                .isEqualTo(PartnerRole.PARTNER_ADMIN);
    }

    @Test
    void tokens_are_random_url_safe_and_stored_only_as_their_sha256() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationToken.generate();
            assertThat(InvitationToken.wellFormed(token)).as(token).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        String token = tokens.iterator().next();
        assertThat(InvitationToken.hash(token)).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token)
                .isEqualTo(InvitationToken.hash(token));
        // the SHA-256 of "abc" (FIPS 180-2 test vector)
        assertThat(InvitationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(InvitationToken.wellFormed("short")).isFalse();
        assertThat(InvitationToken.wellFormed(token.substring(1) + "/")).isFalse();
        assertThat(InvitationToken.wellFormed(null)).isFalse();
    }
}
