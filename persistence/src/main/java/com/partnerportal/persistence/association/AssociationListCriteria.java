package com.partnerportal.persistence.association;

import com.partnerportal.core.review.AssociationKind;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a partner's associations of one kind a list shows: those whose subject matches {@code text} (null or blank:
 * all), sorted by an allow-listed column (the association id breaks ties, in the same direction), {@code limit} of
 * them from {@code offset}.
 *
 * @param text part of the customer id or name (customers), of the MCID or person name (professionals; certification
 *     links also match their certification), case-insensitive
 */
public record AssociationListCriteria(AssociationKind kind, String partnerId, String text, Sort sort,
        boolean descending, int offset, int limit) {

    /** The columns a list sorts by; not every kind has every column ({@link #sortsOf}). */
    public enum Sort {
        /** The customer id, or the MCID. */
        SUBJECT,
        /** The customer's or person's name. */
        NAME,
        /** The segment (customers), the e-mail address (professionals), the certification (links). */
        DETAIL,
        /** The attribution: PAL, DPOR or CSP (customers). */
        TYPE,
        STATE,
        SUBMITTED,
        DECIDED,
        /** When the certification was earned (links). */
        EARNED,
        /** When the certification expires (links). */
        EXPIRES,
        /** When the association was created: the newest first is the lists' default. */
        ADDED
    }

    /** The sorts of a kind's list. */
    public static Set<Sort> sortsOf(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> Set.of(Sort.SUBJECT, Sort.NAME, Sort.DETAIL, Sort.TYPE, Sort.STATE, Sort.SUBMITTED,
                    Sort.DECIDED, Sort.ADDED);
            case PROFESSIONAL -> Set.of(Sort.SUBJECT, Sort.NAME, Sort.DETAIL, Sort.STATE, Sort.SUBMITTED, Sort.DECIDED,
                    Sort.ADDED);
            case CERTIFICATION -> Set.of(Sort.SUBJECT, Sort.NAME, Sort.DETAIL, Sort.STATE, Sort.SUBMITTED,
                    Sort.DECIDED, Sort.EARNED, Sort.EXPIRES, Sort.ADDED);
        };
    }

    public AssociationListCriteria {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(sort, "sort");
        if (!sortsOf(kind).contains(sort)) {
            throw new IllegalArgumentException(kind + " lists do not sort by " + sort);
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
