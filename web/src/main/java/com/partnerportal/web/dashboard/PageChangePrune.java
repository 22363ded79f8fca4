package com.partnerportal.web.dashboard;

import com.partnerportal.persistence.partner.PartnerPageStamps;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.web.ledger.ScoreLedger;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the page stamps cheap to read: a partner's stamp aggregates its change rows (V104), so rows nobody needs are
 * removed every {@code portal.page-changes.prune-every} (on one node: the clustered scheduler), each partner keeping
 * its largest.
 *
 * <p>Which rows nobody needs. A stamp (count, largest, sum) could only repeat if a row went whose writer committed
 * after a page was made under the stamp the prune brings back: a writer that drew a smaller number than one already
 * committed, and committed late. That page's key is asked for by nobody once the late writer committed (every request
 * reads the newer stamp), so every node forgets it {@code portal.dashboard-cache.expire-after-access} after its last
 * use, which came before the commit; and the commit came at most the longest transaction's timeout after the row's
 * {@code created_at} (its transaction's start). Rows older than the longest timeout plus that idle time, plus a
 * margin, are therefore safe to remove ({@link #keep()}).
 */
@ApplicationScoped
public class PageChangePrune {

    private static final Logger LOG = Logger.getLogger(PageChangePrune.class);

    /** Added to the bound for clocks and scheduling. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    @Inject
    PartnerPageStamps stamps;

    @ConfigProperty(name = "portal.dashboard-cache.expire-after-access", defaultValue = "PT10M")
    Duration idle;

    @ConfigProperty(name = "portal.imports.transaction-timeout")
    int importTimeoutSeconds;

    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60S")
    Duration defaultTimeout;

    /** How long a change row is kept: the longest transaction that writes what a dashboard shows, the idle time, a margin. */
    Duration keep() {
        long longest = Stream.of(Duration.ofSeconds(ScoreLedger.CLOSE_TRANSACTION_TIMEOUT),
                Duration.ofSeconds(RecomputeJobs.CHUNK_TRANSACTION_TIMEOUT), Duration.ofSeconds(importTimeoutSeconds),
                defaultTimeout).mapToLong(Duration::toSeconds).max().orElseThrow();
        return Duration.ofSeconds(longest).plus(idle).plus(MARGIN);
    }

    @Scheduled(identity = "page-change-prune", every = "{portal.page-changes.prune-every}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        int removed = prune();
        LOG.debugf("Page change rows removed: %d", removed);
    }

    /** Removes the rows older than {@link #keep()}; returns how many. */
    public int prune() {
        return stamps.prune(keep());
    }
}
