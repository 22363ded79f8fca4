package com.partnerportal.web.review;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.scoring.MonthAmount;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.core.whatif.WhatIf;
import com.partnerportal.core.whatif.WhatIfResult;
import com.partnerportal.persistence.association.AssociationState;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.customer.AcrMonthEntity;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.professional.CertificationEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import com.partnerportal.web.associations.AssociationKind;
import com.partnerportal.web.associations.AssociationRow;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewers' side of associations: the queue of submitted ones across partners, one association with its
 * supporting data and score impact, and decisions. Every decision goes through {@link AssociationWorkflow}; this
 * service adds the separation-of-duties rule: a reviewer who is a member of the partner may not decide.
 */
@ApplicationScoped
public class ReviewService {

    /** The months of ACR a reviewer sees: the as-of month and the twelve before it. */
    static final int ACR_MONTHS = 13;
    /** The months scoring reads (M-13 … M), as {@code EvidenceAssembler} does. */
    static final int SCORING_MONTHS_BACK = 13;

    @Inject
    EntityManager em;

    @Inject
    AssociationWorkflow workflow;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser user;

    /** The submitted associations matching the filter, oldest first, one page of them. */
    @Transactional
    public Page<QueueRow> queue(QueueFilter filter, Integer page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String union = queueUnion(filter, parameters);
        if (union == null) {
            return Page.fetched(0, page, offset -> List.of(), "submitted", "asc");
        }
        Query count = em.createNativeQuery("select count(*) from (" + union + ") q");
        parameters.forEach(count::setParameter);
        int total = ((Number) count.getSingleResult()).intValue();
        return Page.fetched(total, page, offset -> {
            Query rows = em.createNativeQuery("select * from (" + union + ") q"
                    + " order by q.submitted_at asc nulls first, q.kind, q.id");
            parameters.forEach(rows::setParameter);
            rows.setFirstResult(offset).setMaxResults(Page.SIZE);
            List<QueueRow> result = new ArrayList<>();
            for (Object row : rows.getResultList()) {
                Object[] c = (Object[]) row;
                String partnerId = (String) c[2];
                result.add(new QueueRow(AssociationKind.fromSlug((String) c[0]).orElseThrow(),
                        ((Number) c[1]).longValue(), partnerId, (String) c[3], (String) c[4], (String) c[5],
                        (String) c[6], (String) c[7], (String) c[8], (String) c[9], offset(c[10]),
                        ((Number) c[11]).longValue(), false));
            }
            return result.stream().map(r -> r.asMember(isMember(r.partnerId()))).toList();
        }, "submitted", "asc");
    }

    private static String queueUnion(QueueFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where a.state = 'SUBMITTED'");
        if (filter.partner() != null) {
            where.append(" and a.partner_id = :partner");
            parameters.put("partner", filter.partner());
        }
        if (filter.olderThan() != null) {
            where.append(" and a.submitted_at <= :cutoff");
            parameters.put("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minusDays(filter.olderThan()));
        }
        List<String> parts = new ArrayList<>();
        if (filter.includes(AssociationKind.CUSTOMER)) {
            String type = "";
            if (filter.type() != null) {
                type = " and a.type = :type";
                parameters.put("type", filter.type().name());
            }
            parts.add("""
                    select 'customers' as kind, a.id, a.partner_id, p.name as partner_name, c.customer_id as subject_id,
                           c.name as subject_name, c.segment as detail, a.type, a.reference, a.submitted_by,
                           a.submitted_at, a.version
                      from customer_association a
                      join customer c on c.partner_id = a.partner_id and c.id = a.customer_ref
                      join partner p on p.partner_id = a.partner_id""" + where + type);
        }
        if (filter.includes(AssociationKind.PROFESSIONAL)) {
            parts.add("""
                    select 'professionals' as kind, a.id, a.partner_id, p.name as partner_name,
                           r.person_id as subject_id, r.name as subject_name, r.email as detail,
                           cast(null as varchar) as type, cast(null as varchar) as reference, a.submitted_by,
                           a.submitted_at, a.version
                      from professional_association a
                      join professional r on r.partner_id = a.partner_id and r.id = a.professional_ref
                      join partner p on p.partner_id = a.partner_id""" + where);
        }
        return parts.isEmpty() ? null : String.join(" union all ", parts);
    }

    /** How many associations are in each state, for the filter's partner, type and kind (age does not apply). */
    @Transactional
    public Map<AssociationState, Long> counts(QueueFilter filter) {
        Map<AssociationState, Long> counts = new EnumMap<>(AssociationState.class);
        for (AssociationState state : AssociationState.values()) {
            counts.put(state, 0L);
        }
        for (AssociationKind kind : AssociationKind.values()) {
            if (!filter.includes(kind)) {
                continue;
            }
            String entity = kind.entity().getSimpleName();
            StringBuilder jpql = new StringBuilder("select a.state, count(a) from " + entity + " a where 1 = 1");
            if (filter.partner() != null) {
                jpql.append(" and a.partnerId = :partner");
            }
            if (filter.type() != null) {
                jpql.append(" and a.type = :type");
            }
            var query = em.createQuery(jpql.append(" group by a.state").toString(), Object[].class);
            if (filter.partner() != null) {
                query.setParameter("partner", filter.partner());
            }
            if (filter.type() != null) {
                query.setParameter("type", filter.type());
            }
            for (Object[] row : query.getResultList()) {
                counts.merge((AssociationState) row[0], ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return counts;
    }

    /** One association with everything a reviewer needs to decide it; 404 when the partner has no such association. */
    @Transactional
    public ReviewDetail detail(AssociationKind kind, String partnerId, long id) {
        ReviewedAssociation association = workflow.find(kind, partnerId, id);
        PartnerEntity partner = em.find(PartnerEntity.class, partnerId);
        YearMonth asOf = scorecards.latestMonth(partnerId);
        Evidence evidence = scorecards.evidence(partnerId, asOf).orElseThrow(NotFoundException::new);
        boolean pending = association.state == AssociationState.SUBMITTED;
        if (association instanceof CustomerAssociationEntity a) {
            CustomerEntity customer = em.find(CustomerEntity.class, a.customerRef);
            AssociationRow row = customerRow(a, customer);
            TreeMap<YearMonth, BigDecimal> acr = acr(partnerId, customer.id, asOf.minusMonths(SCORING_MONTHS_BACK), asOf);
            List<MonthAmount> lastMonths = new ArrayList<>();
            for (YearMonth month = asOf.minusMonths(ACR_MONTHS - 1L); !month.isAfter(asOf); month = month.plusMonths(1)) {
                lastMonths.add(new MonthAmount(month, acr.getOrDefault(month, BigDecimal.ZERO)));
            }
            List<AssociationRow> related = em.createQuery("""
                    select a from CustomerAssociationEntity a where a.partnerId = :partner and a.customerRef = :customer
                      and a.id <> :id order by a.createdAt desc, a.id desc""", CustomerAssociationEntity.class)
                    .setParameter("partner", partnerId).setParameter("customer", customer.id).setParameter("id", a.id)
                    .getResultList().stream().map(other -> customerRow(other, customer)).toList();
            ReviewDetail.Impact impact = pending ? customerImpact(evidence, customer, a, acr) : null;
            return new ReviewDetail(partner, row, asOf, lastMonths, List.of(), related, impact);
        }
        ProfessionalAssociationEntity a = (ProfessionalAssociationEntity) association;
        ProfessionalEntity professional = em.find(ProfessionalEntity.class, a.professionalRef);
        List<Certification> certifications = em.createQuery("""
                select c from CertificationEntity c where c.partnerId = :partner and c.professionalRef = :professional
                order by c.earned, c.certificationId""", CertificationEntity.class)
                .setParameter("partner", partnerId).setParameter("professional", professional.id)
                .getResultList().stream().map(c -> new Certification(c.certificationId, c.earned, c.expires)).toList();
        List<AssociationRow> related = em.createQuery("""
                select a from ProfessionalAssociationEntity a where a.partnerId = :partner
                  and a.professionalRef = :professional and a.id <> :id order by a.createdAt desc, a.id desc""",
                        ProfessionalAssociationEntity.class)
                .setParameter("partner", partnerId).setParameter("professional", professional.id)
                .setParameter("id", a.id)
                .getResultList().stream().map(other -> professionalRow(other, professional)).toList();
        ReviewDetail.Impact impact = null;
        if (pending) {
            impact = evidence.professionals().stream().anyMatch(p -> p.id().equals(professional.personId))
                    ? unchanged(evidence, "Professional " + professional.personId
                            + " already counts through another approved association; approving changes no points.")
                    : impact(evidence, new Change.AddProfessional(new Professional(professional.personId,
                            professional.name, certifications)), null);
        }
        return new ReviewDetail(partner, professionalRow(a, professional), null, List.of(), certifications, related,
                impact);
    }

    /**
     * Approving a customer association adds the customer, with its ACR, to the evidence — unless another approved
     * attribution already counts it, when the score does not change.
     */
    private ReviewDetail.Impact customerImpact(Evidence evidence, CustomerEntity customer, CustomerAssociationEntity a,
            TreeMap<YearMonth, BigDecimal> acr) {
        return evidence.customers().stream().filter(c -> c.id().equals(customer.customerId)).findFirst()
                .map(counted -> unchanged(evidence, "Customer " + customer.customerId + " already counts through "
                        + counted.attributions() + "; approving adds " + a.type + " and changes no points."))
                .orElseGet(() -> impact(evidence, new Change.AddCustomer(new Customer(customer.customerId,
                        customer.segment, EnumSet.of(Attribution.valueOf(a.type.name())), acr)), null));
    }

    private static ReviewDetail.Impact unchanged(Evidence evidence, String note) {
        return impact(evidence, null, note);
    }

    private static ReviewDetail.Impact impact(Evidence evidence, Change change, String note) {
        WhatIfResult result = WhatIf.apply(evidence, change == null ? List.of() : List.of(change));
        return new ReviewDetail.Impact(result.before(), result.after(), result.diff(), note);
    }

    private TreeMap<YearMonth, BigDecimal> acr(String partnerId, long customerRef, YearMonth from, YearMonth to) {
        TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
        for (AcrMonthEntity month : em.createQuery("""
                select m from AcrMonthEntity m where m.partnerId = :partner and m.customerRef = :customer
                  and m.month between :from and :to order by m.month""", AcrMonthEntity.class)
                .setParameter("partner", partnerId).setParameter("customer", customerRef)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultList()) {
            acr.put(YearMonth.from(month.month), month.amount);
        }
        return acr;
    }

    /** The selected rows as they are now, for the bulk confirmation; a row that no longer exists is left out. */
    @Transactional
    public List<QueueRow> selected(List<Selection> selections) {
        List<QueueRow> rows = new ArrayList<>();
        for (Selection selection : selections) {
            ReviewedAssociation association = em.find(selection.kind().entity(), selection.id());
            if (association == null || !association.partnerId.equals(selection.partnerId())) {
                continue;
            }
            PartnerEntity partner = em.find(PartnerEntity.class, association.partnerId);
            AssociationRow row = association instanceof CustomerAssociationEntity c
                    ? customerRow(c, em.find(CustomerEntity.class, c.customerRef))
                    : professionalRow((ProfessionalAssociationEntity) association, em.find(ProfessionalEntity.class,
                            ((ProfessionalAssociationEntity) association).professionalRef));
            rows.add(new QueueRow(selection.kind(), selection.id(), partner.partnerId, partner.name, row.subjectId(),
                    row.subjectName(), row.detail(), row.type(), row.reference(), row.submittedBy(), row.submittedAt(),
                    selection.version(), isMember(partner.partnerId)));
        }
        return rows;
    }

    /**
     * A reviewer's decision on one association, through the workflow: 403 when the reviewer is a member of the
     * partner, 409 ("already decided by X at T") when someone decided first, 400 without a required reason.
     */
    public ReviewedAssociation decide(AssociationKind kind, String partnerId, long id, long version,
            AssociationState target, String reason) {
        if (!EnumSet.of(AssociationState.APPROVED, AssociationState.REJECTED, AssociationState.CHANGES_REQUESTED)
                .contains(target)) {
            throw new IllegalArgumentException("Not a reviewer's decision: " + target);
        }
        requireMayDecide(partnerId);
        return workflow.moveOrExplain(kind, partnerId, id, version, target, user.actor(), reason);
    }

    /** The outcome of one row of a bulk approval. */
    public record BulkOutcome(QueueRow row, Selection selection, boolean approved, String message) {
    }

    /**
     * Approves each selected row through the workflow, each in its own transaction, with the version the reviewer
     * saw. A row someone else decided first is reported as a conflict; the others are approved. When any row belongs
     * to a partner the reviewer is a member of, nothing is decided (403).
     */
    public List<BulkOutcome> bulkApprove(List<Selection> selections) {
        for (Selection selection : selections) {
            requireMayDecide(selection.partnerId());
        }
        Map<Selection, QueueRow> rows = new LinkedHashMap<>();
        for (QueueRow row : selected(selections)) {
            rows.put(new Selection(row.kind(), row.id(), row.version(), row.partnerId()), row);
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Selection selection : selections) {
            QueueRow row = rows.get(selection);
            if (row == null) {
                outcomes.add(new BulkOutcome(null, selection, false, "No such association."));
                continue;
            }
            try {
                decide(selection.kind(), selection.partnerId(), selection.id(), selection.version(),
                        AssociationState.APPROVED, null);
                outcomes.add(new BulkOutcome(row, selection, true, "Approved."));
            } catch (ProblemException e) {
                outcomes.add(new BulkOutcome(row, selection, false, e.problem().detail()));
            } catch (NotFoundException e) {
                outcomes.add(new BulkOutcome(row, selection, false, "No such association."));
            }
        }
        return outcomes;
    }

    /** Separation of duties: a reviewer who is a member of the partner (in any role) may not decide for it. */
    public void requireMayDecide(String partnerId) {
        if (!user.isReviewer()) {
            throw new ForbiddenException("Only reviewers decide associations.");
        }
        user.membership(partnerId).ifPresent(m -> {
            throw new ForbiddenException("You are a member of partner " + m.partnerId() + " (" + m.partnerName()
                    + "), so you may not decide its associations (separation of duties). Ask another reviewer.");
        });
    }

    public boolean isMember(String partnerId) {
        return user.membership(partnerId).isPresent();
    }

    private static AssociationRow customerRow(CustomerAssociationEntity a, CustomerEntity c) {
        return new AssociationRow(AssociationKind.CUSTOMER, a.id, c.customerId, c.name, c.segment.name(), a.type.name(),
                a.reference, a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt, a.reason, a.version);
    }

    private static AssociationRow professionalRow(ProfessionalAssociationEntity a, ProfessionalEntity p) {
        return new AssociationRow(AssociationKind.PROFESSIONAL, a.id, p.personId, p.name, p.email, null, null, a.state,
                a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt, a.reason, a.version);
    }

    static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
