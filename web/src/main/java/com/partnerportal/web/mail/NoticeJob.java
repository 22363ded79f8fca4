package com.partnerportal.web.mail;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.core.notify.ExpiryNotice;
import com.partnerportal.core.notify.ReviewDigest;
import com.partnerportal.core.scoring.ExpiringCertifications;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.persistence.evidence.EvidenceBatchAssembler;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.mail.NoticeCandidates;
import com.partnerportal.persistence.review.QueueCriteria;
import com.partnerportal.persistence.review.ReviewQueueQuery;
import com.partnerportal.web.ledger.ScoreLedger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The risk mails and the reviewers' digest (issue 12, point 9), run once a day ({@link NoticeScheduler}):
 * <ul>
 * <li>certifications that count and expire within 90, then 30 days, costing points — core scores the open month of
 * every partner holding a certification that expires in that window ({@link NoticeCandidates}) and says which ones
 * count and what losing each costs ({@link ExpiringCertifications});</li>
 * <li>the score fell below the threshold at the last month close (the ledger's records, core's verdict);</li>
 * <li>the reviewers' digest of queue items waiting longer than core's {@link ReviewDigest#OLDER_THAN_DAYS} days.</li>
 * </ul>
 * Each notice is claimed in {@code notice_sent} in the transaction that queues its mails, so it is sent once per
 * occurrence however often, late or on how many nodes this runs; the outbox sends the mails after the commit.
 */
@ApplicationScoped
public class NoticeJob {

    /** Partners scored per transaction for the expiry notices. */
    static final int CHUNK = 200;

    /** What a run did: the expiry notices, score falls and digests claimed now. */
    public record NoticeRun(LocalDate day, int partnersScored, int expiryNotices, int scoreFalls, boolean digest) {
    }

    @Inject
    NoticeCandidates candidates;

    @Inject
    EvidenceBatchAssembler evidence;

    @Inject
    ScoreLedger scoreLedger;

    @Inject
    LedgerRepository ledger;

    @Inject
    ReviewQueueQuery queue;

    @Inject
    Notifications notifications;

    /** The reviewers' addresses (program staff have no membership row): the digest's recipients. */
    @ConfigProperty(name = "portal.mail.reviewers")
    Optional<List<String>> reviewers;

    Clock clock = Clock.systemUTC();

    public NoticeRun runToday() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // Quartz's thread has no request context: every read here runs in a transaction of its own.
        return run(now.toLocalDate(), now, QuarkusTransaction.requiringNew().call(ledger::lastClosedMonth));
    }

    /** The notices due on {@code day} ({@code now} its moment; {@code closed} the month whose close to look at). */
    public NoticeRun run(LocalDate day, OffsetDateTime now, Optional<YearMonth> closed) {
        int[] expiry = expiryNotices(day);
        int falls = closed.map(month -> scoreFalls(month, day)).orElse(0);
        boolean digest = digest(day, now);
        return new NoticeRun(day, expiry[0], expiry[1], falls, digest);
    }

    /** {partners scored, notices claimed}. */
    int[] expiryNotices(LocalDate day) {
        List<String> partners = QuarkusTransaction.requiringNew().call(
                () -> candidates.partnersWithCertificationsExpiring(day, ExpiryNotice.horizon(day)));
        YearMonth open = LedgerCalendar.openMonth(day);
        // In a transaction: the boundary is read from the database when its kept value is old (no request context here).
        RuleSets ruleSets = QuarkusTransaction.requiringNew().call(scoreLedger::ruleSets);
        int claimed = 0;
        for (int from = 0; from < partners.size(); from += CHUNK) {
            List<String> chunk = partners.subList(from, Math.min(partners.size(), from + CHUNK));
            claimed += QuarkusTransaction.requiringNew().call(() -> {
                int n = 0;
                // scored as of the open month only: the ACR figures summed by PostgreSQL suffice
                Map<String, Evidence> assembled = evidence.assembleSummed(chunk, open);
                for (String partnerId : chunk) {
                    Evidence partnerEvidence = assembled.get(partnerId);
                    if (partnerEvidence == null) {
                        continue;
                    }
                    n += notifications.expiring(partnerId, ExpiringCertifications.costingPoints(
                            ScoreCalculator.score(partnerEvidence, ruleSets), day, ExpiryNotice.horizon(day)), day);
                }
                return n;
            });
        }
        return new int[] {partners.size(), claimed};
    }

    int scoreFalls(YearMonth month, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> (int) candidates.scoreFalls(month).stream()
                .filter(fall -> notifications.scoreFell(fall, month, day)).count());
    }

    boolean digest(LocalDate day, OffsetDateTime now) {
        QueueCriteria old = new QueueCriteria(null, null, ReviewDigest.cutoff(now), null);
        return QuarkusTransaction.requiringNew().call(() -> notifications.digest(day, now, queue.count(old),
                queue.entries(old, 0, ReviewDigest.LISTED), reviewers.orElse(List.of())));
    }
}
