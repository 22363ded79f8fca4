package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.scoring.ScoringWindow;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.partner.PartnerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a partner's core {@link Evidence} as of a month from the database, from <b>approved</b> associations
 * only: a customer without an approved PAL/DPOR/CSP association, or a professional without an approved
 * association, is not in it (scoring-rules.md, "Which customers count").
 */
@ApplicationScoped
public class EvidenceAssembler {

    @Inject
    EntityManager em;

    public Optional<Evidence> assemble(String partnerId, YearMonth asOf) {
        PartnerEntity partner = em.find(PartnerEntity.class, partnerId);
        if (partner == null) {
            return Optional.empty();
        }
        LocalDate asOfDay = asOf.atEndOfMonth();

        // Scalar projections, not managed entities: nothing to dirty-check at commit on this read-only path.
        record CustomerRow(String customerId, Segment segment) {
        }
        Map<Long, CustomerRow> customers = new LinkedHashMap<>();
        Map<Long, Set<Attribution>> attributions = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                select c.id, c.customerId, c.segment, a.type from CustomerEntity c, CustomerAssociationEntity a
                where a.partnerId = c.partnerId and a.customerRef = c.id
                  and c.partnerId = :partner and a.state = :approved
                order by c.customerId, a.type""", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("approved", AssociationState.APPROVED)
                .getResultList()) {
            Long ref = (Long) row[0];
            customers.putIfAbsent(ref, new CustomerRow((String) row[1], (Segment) row[2]));
            attributions.computeIfAbsent(ref, id -> EnumSet.noneOf(Attribution.class))
                    .add(Attribution.valueOf(((AssociationType) row[3]).name()));
        }

        Map<Long, TreeMap<YearMonth, BigDecimal>> acr = new LinkedHashMap<>();
        for (Object[] month : em.createQuery("""
                select m.customerRef, m.month, m.amount from AcrMonthEntity m
                where m.partnerId = :partner and m.month between :from and :to
                  and exists (select 1 from CustomerAssociationEntity a where a.partnerId = m.partnerId
                              and a.customerRef = m.customerRef and a.state = :approved)""", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("from", new ScoringWindow(asOf).monthBeforeLastYear().atDay(1))
                .setParameter("to", asOf.atDay(1))
                .setParameter("approved", AssociationState.APPROVED)
                .getResultList()) {
            acr.computeIfAbsent((Long) month[0], id -> new TreeMap<>())
                    .put(YearMonth.from((LocalDate) month[1]), (BigDecimal) month[2]);
        }

        List<Customer> evidenceCustomers = new ArrayList<>();
        customers.forEach((ref, customer) -> evidenceCustomers.add(new Customer(customer.customerId(),
                customer.segment(), attributions.get(ref), acr.getOrDefault(ref, new TreeMap<>()))));

        List<Deployment> deployments = new ArrayList<>();
        if (!customers.isEmpty()) {
            for (Object[] deployment : em.createQuery("""
                    select d.customerRef, d.service, d.serviceLevel, d.deployedOn from DeploymentEntity d
                    where d.partnerId = :partner and d.customerRef in :customers and d.deployedOn <= :asOfDay
                    order by d.deployedOn, d.id""", Object[].class)
                    .setParameter("partner", partnerId)
                    .setParameter("customers", customers.keySet())
                    .setParameter("asOfDay", asOfDay)
                    .getResultList()) {
                deployments.add(new Deployment(customers.get((Long) deployment[0]).customerId(),
                        (String) deployment[1], (Integer) deployment[2], (LocalDate) deployment[3]));
            }
        }

        return Optional.of(new Evidence(asOf, new Partner(partner.partnerId, partner.name), evidenceCustomers,
                professionals(partnerId), deployments, specializations(partnerId), partner.otherAzureSpecializations));
    }

    private List<Professional> professionals(String partnerId) {
        record ProfessionalRow(String personId, String name) {
        }
        Map<Long, ProfessionalRow> professionals = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                select p.id, p.personId, p.name from ProfessionalEntity p
                where p.partnerId = :partner
                  and exists (select 1 from ProfessionalAssociationEntity a where a.partnerId = p.partnerId
                              and a.professionalRef = p.id and a.state = :approved)
                order by p.personId""", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("approved", AssociationState.APPROVED)
                .getResultList()) {
            professionals.put((Long) row[0], new ProfessionalRow((String) row[1], (String) row[2]));
        }
        Map<Long, List<Certification>> certifications = new LinkedHashMap<>();
        if (!professionals.isEmpty()) {
            for (Object[] row : em.createQuery("""
                    select c.professionalRef, c.certificationId, c.earned, c.expires from CertificationEntity c
                    where c.partnerId = :partner and c.professionalRef in :professionals
                    order by c.professionalRef, c.earned, c.certificationId""", Object[].class)
                    .setParameter("partner", partnerId)
                    .setParameter("professionals", professionals.keySet())
                    .getResultList()) {
                certifications.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Certification((String) row[1], (LocalDate) row[2], (LocalDate) row[3]));
            }
            // Certification links a partner admin claimed count once a reviewer approved them (each on its own).
            for (Object[] row : em.createQuery("""
                    select c.professionalRef, c.certificationId, c.earned, c.expires from CertificationClaimEntity c
                    where c.partnerId = :partner and c.professionalRef in :professionals and c.state = :approved
                    order by c.professionalRef, c.earned, c.certificationId""", Object[].class)
                    .setParameter("partner", partnerId)
                    .setParameter("professionals", professionals.keySet())
                    .setParameter("approved", AssociationState.APPROVED)
                    .getResultList()) {
                certifications.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Certification((String) row[1], (LocalDate) row[2], (LocalDate) row[3]));
            }
        }
        List<Professional> result = new ArrayList<>();
        professionals.forEach((ref, p) -> result.add(
                new Professional(p.personId(), p.name(), certifications.getOrDefault(ref, List.of()))));
        return result;
    }

    private List<HeldSpecialization> specializations(String partnerId) {
        return em.createQuery("select s.specializationId, s.earned from SpecializationEntity s"
                        + " where s.partnerId = :partner order by s.earned, s.specializationId", Object[].class)
                .setParameter("partner", partnerId)
                .getResultList().stream()
                .map(s -> new HeldSpecialization(Specialization.valueOf((String) s[0]), (LocalDate) s[1]))
                .toList();
    }
}
