package com.partnerportal.web.mail;

import com.partnerportal.web.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the risk mails and the reviewers' digest ({@link NoticeJob}) as a {@link PeriodJob}: every day at
 * {@code portal.notices.cron} (UTC) on one node, and at start-up on every node (a day missed while the portal was down
 * is made up; what was sent before is not sent again — each notice is claimed in the database).
 */
@ApplicationScoped
public class NoticeScheduler implements PeriodJob {

    @Inject
    NoticeJob job;

    @ConfigProperty(name = "portal.notices.cron")
    String cron;

    @ConfigProperty(name = "portal.notices.run-at-start", defaultValue = "true")
    boolean runAtStart;

    @Override
    public String identity() {
        return "notices";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public boolean runAtStart() {
        return runAtStart;
    }

    /** After the month close and the designation day (it reads the months they record). */
    @Override
    public int startOrder() {
        return 3;
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
