package com.partnerportal.web.testsupport;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;

/** Builds partners and memberships in the test database, each in its own transaction. */
public final class PartnerFixture {

    private PartnerFixture() {
    }

    /** Creates the partner unless it exists; returns its id. */
    public static String partner(String partnerId, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (PartnerEntity.findById(partnerId) == null) {
                PartnerEntity partner = new PartnerEntity();
                partner.partnerId = partnerId;
                partner.name = name;
                partner.anniversaryDate = LocalDate.of(2024, 7, 1);
                partner.persist();
            }
        });
        return partnerId;
    }

    /** Makes {@code subject} a member of the partner (admin or user) unless it already is. */
    public static void member(String partnerId, String subject, boolean admin) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (MembershipEntity.count("partnerId = ?1 and subject = ?2", partnerId, subject) == 0) {
                MembershipEntity membership = new MembershipEntity();
                membership.partnerId = partnerId;
                membership.subject = subject;
                membership.displayName = subject;
                membership.role = admin ? MembershipEntity.PARTNER_ADMIN : MembershipEntity.PARTNER_USER;
                membership.persist();
            }
        });
    }

    /** A member with an e-mail address (mail goes to partner admins' membership addresses). */
    public static void member(String partnerId, String subject, String email, boolean admin) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (MembershipEntity.count("partnerId = ?1 and subject = ?2", partnerId, subject) == 0) {
                MembershipEntity membership = new MembershipEntity();
                membership.partnerId = partnerId;
                membership.subject = subject;
                membership.email = email;
                membership.displayName = subject;
                membership.role = admin ? MembershipEntity.PARTNER_ADMIN : MembershipEntity.PARTNER_USER;
                membership.persist();
            }
        });
    }
}
