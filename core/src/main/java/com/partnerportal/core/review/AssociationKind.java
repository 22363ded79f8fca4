package com.partnerportal.core.review;

import java.util.Optional;

/** The two kinds of association a partner submits: a customer link (PAL/DPOR/CSP) or a certified professional. */
public enum AssociationKind {
    CUSTOMER("customers"),
    PROFESSIONAL("professionals");

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
