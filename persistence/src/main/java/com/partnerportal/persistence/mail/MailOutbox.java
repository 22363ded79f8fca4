package com.partnerportal.persistence.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.query.Scalars;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;

/**
 * The durable mail outbox ({@code mail_outbox}): notifications are written in the transaction that causes them and
 * sent after it committed, so a rollback sends nothing and a commit loses nothing. Payloads are records Jackson
 * writes and reads back.
 */
@ApplicationScoped
public class MailOutbox {

    /** Payloads: records of texts and numbers, written and read by their components. */
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Whether any mail is due, read with one plain JDBC statement and no ORM session or transaction: the sweep runs
     * every few seconds, and opens the outbox's transaction only when there is something to send.
     */
    public boolean anyDue() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement("select exists (select 1 from mail_outbox"
                        + " where sent_at is null and next_attempt_at <= now())");
                ResultSet due = sql.executeQuery()) {
            return due.next() && due.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mail outbox", e);
        }
    }

    /** Queues a mail for one recipient in the caller's transaction. */
    public void enqueue(NotificationKind kind, String recipient, String partnerId, Object payload) {
        em.createNativeQuery("insert into mail_outbox (kind, recipient, partner_id, payload) values (?1, ?2, ?3, ?4)")
                .setParameter(1, kind.name())
                .setParameter(2, recipient)
                .setParameter(3, partnerId)
                .setParameter(4, write(payload))
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due mails for the caller's transaction ({@code FOR UPDATE SKIP LOCKED}: another node
     * sending at the same time takes other rows), oldest first.
     */
    public List<OutboxMail> claimDue(int limit) {
        return em.unwrap(Session.class).createNativeQuery("select id, kind, recipient, payload, attempts"
                + " from mail_outbox where sent_at is null and next_attempt_at <= now()"
                + " order by id limit ?1 for update skip locked", DueRow.class)
                .setParameter(1, limit)
                .getResultStream().map(DueRow::mail).toList();
    }

    /** A due row as the database has it (the kind as its stored name), mapped by Hibernate to this constructor. */
    record DueRow(long id, String kind, String recipient, String payload, int attempts) {

        OutboxMail mail() {
            return new OutboxMail(id, NotificationKind.valueOf(kind), recipient, payload, attempts);
        }
    }

    public void markSent(long id) {
        em.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null"
                + " where id = ?1").setParameter(1, id).executeUpdate();
    }

    /** A send failed: keep the error and try again at {@code nextAttempt}. */
    public void markFailed(long id, String error, OffsetDateTime nextAttempt) {
        String shortened = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, last_error = ?2,"
                + " next_attempt_at = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, shortened).setParameter(3, nextAttempt)
                .executeUpdate();
    }

    /**
     * Replaces a mail's payload (in the transaction that marks it sent): for a mail whose payload holds a secret — an
     * invitation's link — that must not stay in the database once the mail is out.
     */
    public void redact(long id, Object payload) {
        em.createNativeQuery("update mail_outbox set payload = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, write(payload)).executeUpdate();
    }

    /** How many mails wait to be sent (for metrics and tests). */
    public long pending() {
        return em.unwrap(Session.class)
                .createNativeQuery("select count(*) from mail_outbox where sent_at is null", Scalars.Count.class)
                .getSingleResult().value();
    }

    public static <T> T read(String payload, Class<T> type) {
        try {
            return JSON.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable mail payload for " + type.getSimpleName(), e);
        }
    }

    static String write(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail payload cannot be written: " + payload.getClass(), e);
        }
    }
}
