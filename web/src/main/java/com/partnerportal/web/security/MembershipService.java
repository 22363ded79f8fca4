package com.partnerportal.web.security;

import com.partnerportal.persistence.partner.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves which partners a signed-in subject acts for: by the subject alone. Nothing is bound on the way — a
 * membership comes from a program admin (by subject) or from an invitation the person accepted
 * ({@code web.invitations}); e-mail addresses are never matched.
 */
@ApplicationScoped
public class MembershipService {

    @Inject
    MembershipRepository memberships;

    /**
     * The token claim memberships are matched on: the identity provider's stable subject ({@code sub}; {@code oid} for
     * Entra ID). Read once here, not by every request's {@link CurrentUser} (a configuration lookup per request).
     */
    @ConfigProperty(name = "portal.identity.subject-claim", defaultValue = "sub")
    String subjectClaim;

    public String subjectClaim() {
        return subjectClaim;
    }

    /**
     * The subject's memberships. Reading joins the caller's transaction if there is one and opens none (the partner
     * filter asks before the page's service runs); it never writes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> resolve(String subject) {
        // One statement: the ids and names are all the partner filter and the page header need.
        return memberships.partnersOf(subject).stream()
                .map(of -> new Membership(of.partnerId(), of.partnerName(), of.admin()))
                .toList();
    }
}
