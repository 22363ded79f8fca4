package com.partnerportal.web.security;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * The ownership check every partner-scoped page and endpoint makes. A partner the caller may not see does not
 * exist for them: 404, never 403, so partner ids cannot be probed.
 */
@ApplicationScoped
public class PartnerAccess {

    @Inject
    CurrentUser user;

    @Inject
    PartnerRepository partners;

    /** The partner, when the caller is one of its members or program staff; otherwise 404. */
    public PartnerEntity requireReadable(String partnerId) {
        boolean allowed = user.isStaff() || user.membership(partnerId).isPresent();
        PartnerEntity partner = allowed ? partners.findById(partnerId) : null;
        if (partner == null) {
            throw new NotFoundException("No partner " + partnerId);
        }
        return partner;
    }

    /**
     * The partner, when the caller is its partner admin. Whoever may see the partner but not act for it (a
     * partner user, program staff, who view partners read-only) gets 403; everyone else 404.
     */
    public PartnerEntity requireAdministrable(String partnerId) {
        PartnerEntity partner = requireReadable(partnerId);
        if (!user.membership(partnerId).map(Membership::admin).orElse(false)) {
            throw new ForbiddenException("Only a partner admin of " + partnerId + " may do this");
        }
        return partner;
    }
}
