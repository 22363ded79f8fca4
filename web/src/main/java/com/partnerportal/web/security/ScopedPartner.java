package com.partnerportal.web.security;

import com.partnerportal.persistence.partner.PartnerEntity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The partner of this request's {@code {partnerId}}, resolved once by {@link PartnerScope} after it checked that the
 * caller may see it. Resources and services take the partner from here instead of checking again; a route without a
 * {@code {partnerId}} has none, and asking for it there is a programming error (500), never a way around the check.
 */
@RequestScoped
public class ScopedPartner {

    private PartnerEntity partner;

    void set(PartnerEntity partner) {
        this.partner = partner;
    }

    /** The checked partner of the request's path (read-only: it belongs to no transaction). */
    public PartnerEntity partner() {
        if (partner == null) {
            throw new IllegalStateException("No partner was checked for this request: the route has no {partnerId}");
        }
        return partner;
    }

    public String partnerId() {
        return partner().partnerId;
    }
}
