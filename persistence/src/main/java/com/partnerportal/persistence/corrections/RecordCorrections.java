package com.partnerportal.persistence.corrections;

import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Program admins' corrections of imported records (issue 12, point 8), each found by the natural key an import file
 * names it by, and changed in place — never a second row: a customer's ACR of a month (set or removed), a
 * certification's dates (a corrected earned date moves the row, it does not add one), a deployment, a customer with
 * everything recorded for it. Every method joins the caller's transaction, which audits the change and rescores the
 * partner's open month.
 */
@ApplicationScoped
public class RecordCorrections {

    /** A customer of the partner, by the id the evidence names it by. */
    public record CustomerRecord(Long ref, String customerId, String name, String segment, Long associations,
            Long acrMonths, Long deployments) {
    }

    /** A certification of a professional of the partner. */
    public record CertificationRecord(Long professionalRef, String personId, String certificationId, LocalDate earned,
            LocalDate expires) {
    }

    /** A deployment of a customer of the partner. */
    public record DeploymentRecord(Long id, String customerId, String service, Integer serviceLevel,
            LocalDate deployedOn) {
    }

    @Inject
    EntityManager em;

    /** The customer with how many associations, ACR months and deployments it holds. */
    @Transactional(TxType.MANDATORY)
    public Optional<CustomerRecord> customer(String partnerId, String customerId) {
        return session().createNativeQuery("""
                select c.id, c.customer_id, c.name, c.segment,
                       (select count(*) from customer_association a where a.partner_id = c.partner_id and a.customer_ref = c.id),
                       (select count(*) from acr_month m where m.partner_id = c.partner_id and m.customer_ref = c.id),
                       (select count(*) from deployment d where d.partner_id = c.partner_id and d.customer_ref = c.id)
                  from customer c where c.partner_id = ?1 and c.customer_id = ?2 for update""", CustomerRecord.class)
                .setParameter(1, partnerId).setParameter(2, customerId)
                .getResultStream().findFirst();
    }

    /** The customer's ACR of the month, if any. */
    @Transactional(TxType.MANDATORY)
    public Optional<BigDecimal> acr(String partnerId, long customerRef, YearMonth month) {
        return session().createNativeQuery("""
                select amount from acr_month where partner_id = ?1 and customer_ref = ?2 and month = ?3 for update""",
                        Scalars.Amount.class)
                .setParameter(1, partnerId).setParameter(2, customerRef).setParameter(3, firstDay(month))
                .getResultStream().findFirst().map(Scalars.Amount::value);
    }

    /** Sets the customer's ACR of the month (the one row of that month, inserted or changed). */
    @Transactional(TxType.MANDATORY)
    public void setAcr(String partnerId, long customerRef, YearMonth month, BigDecimal amount) {
        em.createNativeQuery("""
                insert into acr_month (partner_id, customer_ref, month, amount) values (?1, ?2, ?3, ?4)
                on conflict (partner_id, customer_ref, month) do update set amount = excluded.amount""")
                .setParameter(1, partnerId).setParameter(2, customerRef).setParameter(3, firstDay(month))
                .setParameter(4, amount).executeUpdate();
    }

    /** Removes the customer's ACR of the month; false when there was none. */
    @Transactional(TxType.MANDATORY)
    public boolean removeAcr(String partnerId, long customerRef, YearMonth month) {
        return em.createNativeQuery("delete from acr_month where partner_id = ?1 and customer_ref = ?2 and month = ?3")
                .setParameter(1, partnerId).setParameter(2, customerRef).setParameter(3, firstDay(month))
                .executeUpdate() > 0;
    }

    /** The person's certification earned on that day. */
    @Transactional(TxType.MANDATORY)
    public Optional<CertificationRecord> certification(String partnerId, String personId, String certificationId,
            LocalDate earned) {
        return session().createNativeQuery("""
                select c.professional_ref, p.person_id, c.certification_id, c.earned, c.expires
                  from certification c join professional p on p.partner_id = c.partner_id and p.id = c.professional_ref
                 where c.partner_id = ?1 and p.person_id = ?2 and c.certification_id = ?3 and c.earned = ?4
                   for update of c""", CertificationRecord.class)
                .setParameter(1, partnerId).setParameter(2, personId).setParameter(3, certificationId)
                .setParameter(4, Date.valueOf(earned))
                .getResultStream().findFirst();
    }

    /**
     * Gives the certification its corrected dates, in place; false when the person already holds the same
     * certification earned on the new day (the correction would make two rows one: remove one of them instead).
     */
    @Transactional(TxType.MANDATORY)
    public boolean correctCertification(CertificationRecord found, String partnerId, LocalDate earned,
            LocalDate expires) {
        if (!earned.equals(found.earned()) && !session().createNativeQuery("""
                select 1 from certification where partner_id = ?1 and professional_ref = ?2 and certification_id = ?3
                   and earned = ?4""", Scalars.Found.class)
                .setParameter(1, partnerId).setParameter(2, found.professionalRef())
                .setParameter(3, found.certificationId()).setParameter(4, Date.valueOf(earned))
                .getResultList().isEmpty()) {
            return false;
        }
        em.createNativeQuery("""
                update certification set earned = ?5, expires = ?6
                 where partner_id = ?1 and professional_ref = ?2 and certification_id = ?3 and earned = ?4""")
                .setParameter(1, partnerId).setParameter(2, found.professionalRef())
                .setParameter(3, found.certificationId()).setParameter(4, Date.valueOf(found.earned()))
                .setParameter(5, Date.valueOf(earned)).setParameter(6, expires == null ? null : Date.valueOf(expires))
                .executeUpdate();
        return true;
    }

    /** Removes the certification. */
    @Transactional(TxType.MANDATORY)
    public void removeCertification(CertificationRecord found, String partnerId) {
        em.createNativeQuery("""
                delete from certification
                 where partner_id = ?1 and professional_ref = ?2 and certification_id = ?3 and earned = ?4""")
                .setParameter(1, partnerId).setParameter(2, found.professionalRef())
                .setParameter(3, found.certificationId()).setParameter(4, Date.valueOf(found.earned()))
                .executeUpdate();
    }

    /** The customer's deployment of that service, level and day. */
    @Transactional(TxType.MANDATORY)
    public Optional<DeploymentRecord> deployment(String partnerId, long customerRef, String service, int serviceLevel,
            LocalDate deployedOn) {
        return session().createNativeQuery("""
                select d.id, c.customer_id, d.service, d.service_level, d.deployed_on
                  from deployment d join customer c on c.partner_id = d.partner_id and c.id = d.customer_ref
                 where d.partner_id = ?1 and d.customer_ref = ?2 and d.service = ?3 and d.service_level = ?4
                   and d.deployed_on = ?5 for update of d""", DeploymentRecord.class)
                .setParameter(1, partnerId).setParameter(2, customerRef).setParameter(3, service)
                .setParameter(4, serviceLevel).setParameter(5, Date.valueOf(deployedOn))
                .getResultStream().findFirst();
    }

    /** Removes one deployment. */
    @Transactional(TxType.MANDATORY)
    public void removeDeployment(String partnerId, long deploymentId) {
        em.createNativeQuery("delete from deployment where partner_id = ?1 and id = ?2")
                .setParameter(1, partnerId).setParameter(2, deploymentId).executeUpdate();
    }

    /** Removes the customer and everything recorded for it (associations, ACR, deployments: the foreign keys cascade). */
    @Transactional(TxType.MANDATORY)
    public void removeCustomer(String partnerId, long customerRef) {
        em.createNativeQuery("delete from customer where partner_id = ?1 and id = ?2")
                .setParameter(1, partnerId).setParameter(2, customerRef).executeUpdate();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static Date firstDay(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }
}
