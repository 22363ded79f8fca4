package com.partnerportal.core.review;

import java.util.Optional;

/**
 * The kinds of association a partner submits, each reviewed through the one {@link ReviewModel}: a customer link
 * (PAL/DPOR/CSP), a certified professional (the person works for the partner), and one certification of such a
 * professional (the credential, its dates and its proof), decided per certification.
 */
public enum AssociationKind {
    CUSTOMER("customers"),
    PROFESSIONAL("professionals"),
    CERTIFICATION("certifications");

    private final String slug;

    AssociationKind(String slug) {
        this.slug = slug;
    }

    /** The kind's name in the plural, as URLs and the review queue use it: {@code customers} or {@code professionals}. */
    public String slug() {
        return slug;
    }

    public static Optional<AssociationKind> fromSlug(String slug) {
        for (AssociationKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
