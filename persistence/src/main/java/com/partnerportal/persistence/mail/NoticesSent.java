package com.partnerportal.persistence.mail;

import com.partnerportal.core.notify.NotificationKind;
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
 * The risk mails and digests sent ({@code notice_sent}, V111): a notice is claimed — its row inserted — in the
 * transaction that queues its mails, so each occurrence is sent once, whichever node or run gets to it first.
 */
@ApplicationScoped
public class NoticesSent {

    @Inject
    EntityManager em;

    /**
     * Claims the notice for this transaction: true when its row was inserted now (queue its mails), false when it
     * was sent before. A concurrent claim of the same notice waits for this transaction, then gets false.
     *
     * @param partnerId the partner it is about; null for the reviewers' digest
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(NotificationKind kind, String partnerId, String key, LocalDate day, int recipients) {
        return em.createNativeQuery("""
                insert into notice_sent (kind, partner_id, notice_key, sent_on, recipients)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, kind.name())
                .setParameter(2, partnerId)
                .setParameter(3, key)
                .setParameter(4, Date.valueOf(day))
                .setParameter(5, recipients)
                .executeUpdate() == 1;
    }

    /** How many notices of a kind are on record for the partner (null: the digests), for tests and support. */
    @Transactional(TxType.SUPPORTS)
    public long count(NotificationKind kind, String partnerId) {
        return em.unwrap(Session.class).createNativeQuery("select count(*) from notice_sent where kind = ?1"
                        + " and coalesce(partner_id, '') = coalesce(?2, '')", Scalars.Count.class)
                .setParameter(1, kind.name()).setParameter(2, partnerId).getSingleResult().value();
    }
}
