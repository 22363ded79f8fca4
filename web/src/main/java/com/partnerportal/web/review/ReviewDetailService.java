package com.partnerportal.web.review;

import com.partnerportal.core.review.FieldChange;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.scoring.MonthAmount;
import com.partnerportal.core.scoring.ScoringWindow;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.core.whatif.WhatIf;
import com.partnerportal.core.whatif.WhatIfResult;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.customer.AcrMonthRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.associations.AssociationRow;
import com.partnerportal.web.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;

/**
 * One association as a reviewer sees it: its supporting data (a customer's ACR, a professional's certifications),
 * the partner's other associations of the same customer or professional, and the score impact of approving it.
 */
@ApplicationScoped
public class ReviewDetailService {

    @Inject
    AssociationRepository associations;

    @Inject
    AcrMonthRepository acrMonths;

    @Inject
    PartnerRepository partners;

    @Inject
    ScorecardService scorecards;

    /** One association with everything a reviewer needs to decide it; 404 when the partner has no such association. */
    @Transactional
    public ReviewDetail detail(AssociationKind kind, String partnerId, long id) {
        AssociationRecord association = associations.record(kind, partnerId, id)
                .orElseThrow(() -> new NotFoundException("No such association"));
        PartnerEntity partner = partners.findById(partnerId);
        YearMonth asOf = scorecards.latestMonth(partnerId);
        Evidence evidence = scorecards.evidence(partnerId, asOf).orElseThrow(NotFoundException::new);
        boolean pending = association.state() == AssociationState.SUBMITTED;
        AssociationRow row = AssociationRow.of(association);
        List<AssociationRow> related = associations.others(association).stream().map(AssociationRow::of).toList();
        // What the partner changed since the submission before the last one (after "changes requested").
        List<FieldChange> changes = associations.submittedFields(kind, partnerId, id)
                .map(fields -> FieldChange.between(fields.previous(), fields.last())).orElse(List.of());
        if (kind == AssociationKind.CUSTOMER) {
            // The months scoring reads (core's window: M-13 … M); the reviewer sees M-12 … M.
            ScoringWindow window = new ScoringWindow(asOf);
            TreeMap<YearMonth, BigDecimal> acr = acrMonths.amounts(partnerId, association.subjectRef(),
                    window.monthBeforeLastYear(), asOf);
            List<MonthAmount> lastMonths = new ArrayList<>();
            for (YearMonth month = window.sameMonthLastYear(); !month.isAfter(asOf); month = month.plusMonths(1)) {
                lastMonths.add(new MonthAmount(month, acr.getOrDefault(month, BigDecimal.ZERO)));
            }
            ReviewDetail.Impact impact = pending ? customerImpact(evidence, association, acr) : null;
            return new ReviewDetail(partner, row, asOf, lastMonths, List.of(), related, impact, changes, List.of(),
                    null);
        }
        if (kind == AssociationKind.CERTIFICATION) {
            AssociationRow edits = associations.editedLink(partnerId, id).map(AssociationRow::of).orElse(null);
            return new ReviewDetail(partner, row, null, List.of(), List.of(), related,
                    pending ? certificationImpact(evidence, association) : null, changes, List.of(), edits);
        }
        List<Certification> certifications = associations.certifications(partnerId, association.subjectRef());
        ReviewDetail.Impact impact = pending ? professionalImpact(evidence, association) : null;
        List<ReviewDetail.Conflict> conflicts = associations.approvedElsewhere(association.subjectId(), partnerId)
                .stream().map(other -> new ReviewDetail.Conflict(other.partnerId(),
                        partners.findByIdOptional(other.partnerId()).map(p -> p.name).orElse(other.partnerId()),
                        other.decidedBy(), other.decidedAt())).toList();
        return new ReviewDetail(partner, row, null, List.of(), certifications, related, impact, changes, conflicts,
                null);
    }

    /**
     * What approving the association would change in this evidence (core's what-if): the explanation pages show it
     * beside each submission that does not count yet.
     */
    @Transactional
    public ReviewDetail.Impact impactOfApproving(AssociationRecord association, Evidence evidence) {
        return switch (association.kind()) {
            case CUSTOMER -> {
                ScoringWindow window = new ScoringWindow(evidence.asOf());
                yield customerImpact(evidence, association, acrMonths.amounts(association.partnerId(),
                        association.subjectRef(), window.monthBeforeLastYear(), evidence.asOf()));
            }
            case CERTIFICATION -> certificationImpact(evidence, association);
            case PROFESSIONAL -> professionalImpact(evidence, association);
        };
    }

    private ReviewDetail.Impact professionalImpact(Evidence evidence, AssociationRecord association) {
        String personId = association.subjectId();
        return evidence.professionals().stream().anyMatch(p -> p.id().equals(personId))
                ? unchanged(evidence, "Professional " + personId
                        + " already counts through another approved association; approving changes no points.")
                : impact(evidence, new Change.AddProfessional(new Professional(personId, association.subjectName(),
                        associations.certifications(association.partnerId(), association.subjectRef()))), null);
    }

    /**
     * Approving a customer association adds the customer, with its ACR, to the evidence — unless another approved
     * attribution already counts it, when the score does not change.
     */
    private ReviewDetail.Impact customerImpact(Evidence evidence, AssociationRecord a,
            TreeMap<YearMonth, BigDecimal> acr) {
        String customerId = a.subjectId();
        return evidence.customers().stream().filter(c -> c.id().equals(customerId)).findFirst()
                .map(counted -> unchanged(evidence, "Customer " + customerId + " already counts through "
                        + counted.attributions() + "; approving adds " + a.type() + " and changes no points."))
                .orElseGet(() -> impact(evidence, new Change.AddCustomer(new Customer(customerId,
                        Segment.valueOf(a.detail()), EnumSet.of(Attribution.valueOf(a.type())), acr)), null));
    }

    /**
     * Approving a certification link adds the certification to its professional — when the professional counts
     * already (an approved association); otherwise it changes nothing until the professional is approved too.
     */
    private ReviewDetail.Impact certificationImpact(Evidence evidence, AssociationRecord a) {
        String personId = a.subjectId();
        boolean counted = evidence.professionals().stream().anyMatch(p -> p.id().equals(personId));
        if (!counted) {
            return unchanged(evidence, "Professional " + personId + " does not count yet (their association is not"
                    + " approved); this certification counts once both are approved.");
        }
        String certificationId = a.detail();
        boolean held = evidence.professionals().stream().filter(p -> p.id().equals(personId))
                .flatMap(p -> p.certifications().stream())
                .anyMatch(c -> c.id().equals(certificationId) && c.earned().equals(a.earned()));
        if (held) {
            return unchanged(evidence, "Professional " + personId + " already holds " + certificationId + " earned "
                    + a.earned() + "; approving changes no points.");
        }
        return impact(evidence, new Change.AddCertification(personId,
                new Certification(certificationId, a.earned(), a.expires())), null);
    }

    private ReviewDetail.Impact unchanged(Evidence evidence, String note) {
        return impact(evidence, null, note);
    }

    private ReviewDetail.Impact impact(Evidence evidence, Change change, String note) {
        WhatIfResult result = WhatIf.apply(evidence, change == null ? List.of() : List.of(change),
                scorecards.ruleSets());
        return new ReviewDetail.Impact(result.before(), result.after(), result.diff(), note);
    }
}
