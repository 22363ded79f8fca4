package com.partnerportal.persistence.designation;

import com.partnerportal.core.lifecycle.RenewalReminder;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import org.hibernate.Session;

/**
 * The renewal reminders and lapse notices sent ({@code designation_reminder}): a reminder is claimed — its row
 * inserted — in the transaction that queues its mails, so that it is sent once per partner, anniversary and kind.
 */
@ApplicationScoped
public class DesignationReminders {

    private static final String DESIGNATION = Designation.DATA_AI_AZURE.name();

    @Inject
    EntityManager em;

    /**
     * Claims the reminder for this transaction: true when its row was inserted now (send it), false when it was sent
     * before. A concurrent claim of the same reminder waits for this transaction and then gets false.
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(String partnerId, RenewalReminder reminder, LocalDate day, int recipients) {
        return em.createNativeQuery("""
                insert into designation_reminder (partner_id, designation, anniversary, kind, sent_on, recipients)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, partnerId)
                .setParameter(2, DESIGNATION)
                .setParameter(3, Date.valueOf(reminder.anniversary()))
                .setParameter(4, reminder.kind().name())
                .setParameter(5, Date.valueOf(day))
                .setParameter(6, recipients)
                .executeUpdate() == 1;
    }

    /** How many reminders of the partner are on record (for tests and support). */
    @Transactional(TxType.SUPPORTS)
    public long count(String partnerId) {
        return em.unwrap(Session.class)
                .createNativeQuery("select count(*) from designation_reminder where partner_id = ?1", Scalars.Count.class)
                .setParameter(1, partnerId).getSingleResult().value();
    }
}
