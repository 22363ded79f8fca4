package com.partnerportal.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationKindTest {

    @Test
    void partner_admins_are_offered_the_partner_kinds_and_nobody_the_invitation() {
        assertThat(NotificationKind.forUser(true, false))
                .contains(NotificationKind.DECISION, NotificationKind.RENEWAL)
                .allMatch(k -> k.audience() == NotificationKind.Audience.PARTNER_ADMIN);
        assertThat(NotificationKind.forUser(true, true)).doesNotContain(NotificationKind.INVITATION);
        assertThat(NotificationKind.forUser(false, true)).containsExactly(NotificationKind.REVIEW_DIGEST);
        assertThat(NotificationKind.forUser(false, false)).isEmpty();
    }

    @Test
    void the_invitation_is_for_the_address_invited() {
        assertThat(NotificationKind.INVITATION.audience()).isEqualTo(NotificationKind.Audience.INVITEE);
        assertThat(NotificationKind.parse("INVITATION")).contains(NotificationKind.INVITATION);
    }
}
