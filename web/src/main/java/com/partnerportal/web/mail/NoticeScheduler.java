package com.partnerportal.web.mail;

import com.partnerportal.web.jobs.ConfiguredPeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Runs the risk mails and the reviewers' digest ({@link NoticeJob}) as a {@link com.partnerportal.web.jobs.PeriodJob} (timing from configuration): every day at
 * {@code portal.notices.cron} (UTC) on one node, and at start-up on every node (a day missed while the portal was down
 * is made up; what was sent before is not sent again — each notice is claimed in the database).
 */
@ApplicationScoped
public class NoticeScheduler extends ConfiguredPeriodJob {

    @Inject
    NoticeJob job;

    /** Third at start-up: after the month close and the designation day (it reads the months they record). */
    public NoticeScheduler() {
        super("notices", "portal.notices.cron", "portal.notices.run-at-start", 3);
    }

    /**
     * A failed run at start-up does not stop the portal: it only delays mails, nothing the portal serves depends on
     * it, and what was not claimed is sent by the next day's run (each notice is claimed in the transaction that
     * queues it, so a failed run leaves nothing half sent).
     */
    @Override
    public boolean startsWithoutIt() {
        return true;
    }

    @Override
    public Optional<String> runDue(String by) {
        NoticeJob.NoticeRun run = job.runToday();
        if (run.expiryNotices() == 0 && run.scoreFalls() == 0 && !run.digest()) {
            return Optional.empty();
        }
        return Optional.of("day " + run.day() + ": " + run.partnersScored() + " partners with certifications expiring"
                + " scored, " + run.expiryNotices() + " expiry notices, " + run.scoreFalls() + " score falls, digest "
                + (run.digest() ? "sent" : "not due"));
    }
}
