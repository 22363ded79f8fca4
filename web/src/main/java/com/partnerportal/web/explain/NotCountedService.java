package com.partnerportal.web.explain;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.web.associations.AssociationRow;
import com.partnerportal.web.review.ReviewDetail;
import com.partnerportal.web.review.ReviewDetailService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nothing hidden (issue 12, point 4): the partner's submissions that do not count in a month's evidence — drafts,
 * those awaiting review, sent back for changes or rejected ({@link AssociationState#NOT_COUNTING}) — each with its
 * state and reason and the points approving it would add (core's what-if, through the reviewers' impact). A
 * submission is listed once: the newest of its customer and attribution, professional, or certification; one whose
 * customer or professional counts already through another approved association is left out (it changes nothing).
 */
@ApplicationScoped
public class NotCountedService {

    @Inject
    AssociationRepository associations;

    @Inject
    ReviewDetailService impacts;

    /** The partner's submissions of this kind that do not count in the evidence, newest first. */
    @Transactional
    public List<NotCounted> list(AssociationKind kind, Evidence evidence) {
        String partnerId = evidence.partner().id();
        Set<String> counted = new HashSet<>();
        if (kind == AssociationKind.CUSTOMER) {
            evidence.customers().forEach(c -> counted.add(c.id()));
        } else if (kind == AssociationKind.PROFESSIONAL) {
            evidence.professionals().forEach(p -> counted.add(p.id()));
        }
        Set<String> seen = new HashSet<>();
        List<NotCounted> items = new ArrayList<>();
        for (AssociationRecord association : associations.list(kind, partnerId)) {
            String key = association.subjectId() + "|" + (kind == AssociationKind.CUSTOMER ? association.type()
                    : association.detail());
            if (!seen.add(key) || !AssociationState.NOT_COUNTING.contains(association.state())
                    || counted.contains(association.subjectId())) {
                continue;
            }
            ReviewDetail.Impact impact = impacts.impactOfApproving(association, evidence);
            items.add(new NotCounted(AssociationRow.of(association), item(association),
                    impact.note() == null ? impact.diff().totalDelta() : null, impact.note()));
        }
        return items;
    }

    private static String item(AssociationRecord a) {
        String who = a.subjectName() == null ? a.subjectId() : a.subjectName() + " (" + a.subjectId() + ")";
        return switch (a.kind()) {
            case CUSTOMER -> "Customer " + who + ", " + a.type();
            case PROFESSIONAL -> "Professional " + who;
            case CERTIFICATION -> a.detail() + " of " + who;
        };
    }
}
