package com.partnerportal.web.security;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The partner of this request's {@code {partnerId}}, resolved once by {@link PartnerScope} after it checked that the
 * caller may see it. Resources and services take the partner from here instead of checking again; a route without a
 * {@code {partnerId}} has none, and asking for it there is a programming error (500), never a way around the check.
 * The filter knows the partner's id and name; the partner's entity is read when a page first asks for it (a page
 * served from kept content never does).
 */
@RequestScoped
public class ScopedPartner {

    @Inject
    PartnerRepository partners;

    private String partnerId;
    private String name;
    private PartnerEntity partner;

    void set(String partnerId, String name) {
        this.partnerId = partnerId;
        this.name = name;
    }

    /** The checked partner of the request's path, read on first use (read it for display; change it nowhere). */
    public PartnerEntity partner() {
        if (partner == null) {
            partner = partners.findById(partnerId());
        }
        return partner;
    }

    public String partnerId() {
        if (partnerId == null) {
            throw new IllegalStateException("No partner was checked for this request: the route has no {partnerId}");
        }
        return partnerId;
    }

    /** The checked partner's name. */
    public String name() {
        partnerId();
        return name;
    }
}
