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

    /**
     * Whether the partner may still change one of this kind once it is approved (issue 12, point 1: "edit and
     * remove"): a certification link — a corrected expiry date, or a certification claimed in error. Its removal is a
     * withdrawal, its edit a new submission ({@link ReviewModel#editsAsNewSubmission}). A customer or a professional
     * once approved is corrected by program admins (corrections) or ended by the review model (one person, one
     * partner).
     */
    public boolean changeableOnceApproved() {
        return this == CERTIFICATION;
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
