package com.partnerportal.web.security;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.MembershipRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Resolves which partners a signed-in subject acts for. */
@ApplicationScoped
public class MembershipService {

    @Inject
    MembershipRepository memberships;

    @Inject
    PartnerRepository partners;

    /**
     * The subject's memberships. Memberships created by e-mail are bound to the subject the first time a person
     * with that (verified) e-mail signs in. Reading joins the caller's transaction if there is one and opens none
     * (the partner filter asks before the page's service runs); only binding writes, in a transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> resolve(String subject, String verifiedEmail, String displayName) {
        if (verifiedEmail != null && !verifiedEmail.isBlank() && !memberships.findUnboundByEmail(verifiedEmail).isEmpty()) {
            QuarkusTransaction.joiningExisting().run(() -> bind(subject, verifiedEmail, displayName));
        }
        // One statement; the partners it loads answer the partner filter's find without another read.
        return memberships.partnersOf(subject).stream()
                .map(of -> new Membership(of.partner().partnerId, of.partner().name, of.admin()))
                .toList();
    }

    private void bind(String subject, String verifiedEmail, String displayName) {
        for (MembershipEntity pending : memberships.findUnboundByEmail(verifiedEmail)) {
            MembershipEntity existing = memberships.ofSubject(pending.partnerId, subject).orElse(null);
            if (existing == null) {
                pending.subject = subject;
                if (pending.displayName == null) {
                    pending.displayName = displayName;
                }
            } else {
                // Added twice (by subject and by e-mail): keep one membership, with the stronger role.
                if (pending.isAdmin()) {
                    existing.role = MembershipEntity.PARTNER_ADMIN;
                }
                memberships.delete(pending);
            }
        }
    }
}
