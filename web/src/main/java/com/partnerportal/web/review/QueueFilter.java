package com.partnerportal.web.review;

import com.partnerportal.persistence.review.QueueCriteria;
import com.partnerportal.web.support.Limits;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.PartnerIdentifierValidator;
import com.partnerportal.web.error.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue's filters, from the query string: attribution type, partner, minimum age in days and kind
 * (customer or professional). Each is optional; a malformed one is a 400 naming it.
 */
public record QueueFilter(AssociationType type, String partner, Integer olderThan, AssociationKind kind) {

    static final int MAX_DAYS = Limits.DAYS;

    public static QueueFilter parse(String type, String partner, String olderThan, String kind) {
        List<String> errors = new ArrayList<>();
        AssociationType parsedType = Forms.parse(AssociationType.class, type);
        if (parsedType == null && type != null && !type.isBlank()) {
            errors.add("type: choose PAL, DPOR or CSP");
        }
        String parsedPartner = Forms.blankToNull(partner);
        PartnerIdentifierValidator.check("partner", parsedPartner, errors);
        Integer days = null;
        if (olderThan != null && !olderThan.isBlank()) {
            try {
                days = Integer.valueOf(olderThan.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > MAX_DAYS) {
                errors.add("olderThan: a whole number of days from 0 to " + MAX_DAYS);
            }
        }
        AssociationKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            parsedKind = AssociationKind.fromSlug(kind.strip()).orElse(null);
            if (parsedKind == null) {
                errors.add("kind: choose customers or professionals");
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The queue filter is not valid.", errors);
        }
        return new QueueFilter(parsedType, parsedPartner, days, parsedKind);
    }

    /** What the queue query selects: the filter, with the minimum age as a submission time. */
    QueueCriteria criteria() {
        return new QueueCriteria(partner, type,
                olderThan == null ? null : OffsetDateTime.now(ZoneOffset.UTC).minusDays(olderThan), kind);
    }

    /** The filters as a query string starting with {@code ?}, for the pager's and the form's links. */
    public String query() {
        return "?type=" + (type == null ? "" : type.name())
                + "&partner=" + encode(partner)
                + "&olderThan=" + (olderThan == null ? "" : olderThan)
                + "&kind=" + (kind == null ? "" : kind.slug());
    }

    public String typeName() {
        return type == null ? "" : type.name();
    }

    public String kindSlug() {
        return kind == null ? "" : kind.slug();
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
