package com.partnerportal.web.associations;

import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import java.util.Optional;

/** The two kinds of association a partner submits: a customer link (PAL/DPOR/CSP) or a certified professional. */
public enum AssociationKind {
    CUSTOMER("customers", "customer_association", CustomerAssociationEntity.class),
    PROFESSIONAL("professionals", "professional_association", ProfessionalAssociationEntity.class);

    private final String slug;
    private final String table;
    private final Class<? extends ReviewedAssociation> entity;

    AssociationKind(String slug, String table, Class<? extends ReviewedAssociation> entity) {
        this.slug = slug;
        this.table = table;
        this.entity = entity;
    }

    /** The kind's path segment in URLs: {@code customers} or {@code professionals}. */
    public String slug() {
        return slug;
    }

    public String table() {
        return table;
    }

    public Class<? extends ReviewedAssociation> entity() {
        return entity;
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
