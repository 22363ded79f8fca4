package com.partnerportal.web.ledger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Closes months: five minutes after midnight UTC on the 1st, on one node of the cluster (the scheduler's jobs run on
 * Quartz with its clustered JDBC job store), every {@code portal.ledger.close-check-every} for a close whose node
 * died, and at start-up for any close missed while the portal was down. Whichever tries, the close row per month
 * ({@code ledger_month_close}, claimed first in the closing transaction) lets exactly one transaction close it.
 */
@ApplicationScoped
public class MonthCloseScheduler {

    private static final Logger LOG = Logger.getLogger(MonthCloseScheduler.class);

    @Inject
    ScoreLedger ledger;

    @ConfigProperty(name = "portal.ledger.close-at-start", defaultValue = "true")
    boolean closeAtStart;

    /** After the other start-up observers (the demo data seeds its own ledger first). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (closeAtStart) {
            closeDue("start-up");
        }
    }

    @Scheduled(identity = "ledger-month-close", cron = "{portal.ledger.close-cron}", timeZone = "UTC",
            concurrentExecution = ConcurrentExecution.SKIP)
    void monthly() {
        closeDue("scheduled");
    }

    /**
     * The close once more, on whichever node Quartz picks: a close whose node died mid-way rolled back with its
     * claim, and is made here (a due close is one query away from nothing to do).
     */
    @Scheduled(identity = "ledger-month-close-check", every = "{portal.ledger.close-check-every}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void check() {
        closeDue("check");
    }

    List<MonthClose> closeDue(String trigger) {
        List<MonthClose> closes = ledger.closeDue(trigger + "@" + node());
        if (closes.isEmpty()) {
            LOG.debugf("Score ledger: no close due (%s)", trigger);
        }
        return closes;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
