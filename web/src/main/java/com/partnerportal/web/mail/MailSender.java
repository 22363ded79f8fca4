package com.partnerportal.web.mail;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.mail.MailOutbox;
import com.partnerportal.persistence.mail.OutboxMail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Sends the outbox through SMTP ({@code quarkus-mailer}; the server is configuration, docs/operations.md): right
 * after a transaction that queued mail committed ({@link MailQueued}, observed after success, sent on a thread of
 * its own), and every {@code portal.mail.retry-every} for what failed or was queued on another node. Each batch is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and marked sent in the transaction that sent it, so two nodes never
 * send the same row; a mail the SMTP server refused (or that did not go within {@code portal.mail.send-timeout}) is
 * retried with a growing pause (10 s, 20 s, 40 s … up to an hour), at the next sweep after it.
 * Should the database fail after the SMTP server took a mail and before the mark committed, that mail is sent
 * again: at least once, never lost.
 *
 * <p>The send timeout is generous on purpose: a timeout does not stop the SMTP exchange already under way, so a send
 * that was only slow would be delivered and then sent again by the retry. The first send of a JVM is the slow one —
 * about 0.6–0.8 s of CPU loading ~1,000 classes of the mail client and its TLS/DNS plumbing (docs/operations.md,
 * "E-mail") — which on a machine whose CPUs are shared ten times over takes ten seconds of wall time.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** Mails claimed per transaction. */
    static final int BATCH = 20;

    /** The first pause after a failed attempt, and the longest, in seconds: 10 s, doubling up to an hour. */
    static final long FIRST_BACKOFF_SECONDS = 10;
    static final long MAX_BACKOFF_SECONDS = 3600;

    @CheckedTemplate
    static class Templates {
        /** {@code templates/MailSender/decision.txt} and {@code .html}: both parts of the mail. */
        static native MailTemplateInstance decision(DecisionMail mail);

        /** {@code templates/MailSender/renewal.txt} and {@code .html}: a renewal reminder or a lapse notice. */
        static native MailTemplateInstance renewal(RenewalMail mail);

        /** {@code templates/MailSender/expiry.txt} and {@code .html}: certifications expiring that cost points. */
        static native MailTemplateInstance expiry(ExpiryMail mail);

        /** {@code templates/MailSender/scoreFall.txt} and {@code .html}: a month closed below the threshold. */
        static native MailTemplateInstance scoreFall(ScoreFallMail mail);

        /** {@code templates/MailSender/digest.txt} and {@code .html}: the reviewers' daily digest. */
        static native MailTemplateInstance digest(DigestMail mail);

        /** {@code templates/MailSender/invitation.txt} and {@code .html}: an invitation's link to the address invited. */
        static native MailTemplateInstance invitation(InvitationMail mail);
    }

    @Inject
    MailOutbox outbox;

    @ConfigProperty(name = "portal.mail.send-timeout", defaultValue = "60s")
    Duration sendTimeout;

    private final ReentrantLock draining = new ReentrantLock();
    private ManagedExecutor executor;

    @PostConstruct
    void init() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }

    /** A transaction that queued mail committed: send it now, off the request's thread. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.runAsync(this::drain);
    }

    @Scheduled(identity = "mail-outbox", every = "{portal.mail.retry-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        // A cheap look first: most sweeps find nothing due and then open no transaction at all.
        if (outbox.anyDue()) {
            drain();
        }
    }

    /** Sends every due mail of the outbox (batch by batch); the number sent. One drain at a time per node. */
    public int drain() {
        if (!draining.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            while (true) {
                // The batch's rows stay locked while it is sent: its transaction may last as long as its sends may.
                int[] batch = QuarkusTransaction.requiringNew()
                        .timeout((int) Math.min(Integer.MAX_VALUE, BATCH * sendTimeout.toSeconds() + 30))
                        .call(this::sendBatch);
                sent += batch[1];
                if (batch[0] < BATCH) {
                    return sent;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Mail outbox: sending stopped; the scheduled retry takes it up again");
            return 0;
        } finally {
            draining.unlock();
        }
    }

    /** One batch: {claimed, sent}. */
    private int[] sendBatch() {
        List<OutboxMail> due = outbox.claimDue(BATCH);
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                long start = System.nanoTime();
                instance(mail).send().await().atMost(sendTimeout);
                outbox.markSent(mail.id());
                if (mail.kind() == NotificationKind.INVITATION) {
                    // the link holds the invitation's secret: not kept once it is out
                    outbox.redact(mail.id(), MailOutbox.read(mail.payload(), InvitationMail.class).withoutLink());
                }
                LOG.debugf("Mail outbox: mail %s (%s) sent in %s ms", mail.id(), mail.kind(),
                        String.valueOf((System.nanoTime() - start) / 1_000_000));
                sent++;
            } catch (RuntimeException e) {
                long pause = Math.min(FIRST_BACKOFF_SECONDS << Math.min(mail.attempts(), 10), MAX_BACKOFF_SECONDS);
                LOG.warnf("Mail outbox: mail %d (%s) to %s not sent (attempt %d), next try in %d s: %s",
                        mail.id(), mail.kind(), mail.recipient(), mail.attempts() + 1, pause, e);
                outbox.markFailed(mail.id(), e.toString(),
                        OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(pause));
            }
        }
        return new int[] {due.size(), sent};
    }

    /** The mail of an outbox row: its template, data, recipient and subject. */
    static MailTemplateInstance instance(OutboxMail mail) {
        return switch (mail.kind()) {
            case DECISION -> {
                DecisionMail decision = MailOutbox.read(mail.payload(), DecisionMail.class);
                yield Templates.decision(decision).to(mail.recipient()).subject(decision.subject());
            }
            case RENEWAL -> {
                RenewalMail renewal = MailOutbox.read(mail.payload(), RenewalMail.class);
                yield Templates.renewal(renewal).to(mail.recipient()).subject(renewal.subject());
            }
            case EXPIRY_RISK -> {
                ExpiryMail expiry = MailOutbox.read(mail.payload(), ExpiryMail.class);
                yield Templates.expiry(expiry).to(mail.recipient()).subject(expiry.subject());
            }
            case SCORE_RISK -> {
                ScoreFallMail fall = MailOutbox.read(mail.payload(), ScoreFallMail.class);
                yield Templates.scoreFall(fall).to(mail.recipient()).subject(fall.subject());
            }
            case REVIEW_DIGEST -> {
                DigestMail digest = MailOutbox.read(mail.payload(), DigestMail.class);
                yield Templates.digest(digest).to(mail.recipient()).subject(digest.subject());
            }
            case INVITATION -> {
                InvitationMail invitation = MailOutbox.read(mail.payload(), InvitationMail.class);
                yield Templates.invitation(invitation).to(mail.recipient()).subject(invitation.subject());
            }
        };
    }
}
