package com.partnerportal.web.ledger;

import com.partnerportal.web.jobs.ConfiguredPeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes months ({@link ScoreLedger#closeDue}), as a {@link com.partnerportal.web.jobs.PeriodJob} (cron {@code portal.ledger.close-cron}): five minutes after midnight UTC on the 1st on
 * one node of the cluster, every {@code portal.ledger.close-check-every} on one node for a close whose node died
 * (it rolled back with its claim), and at start-up on every node for any close missed while the portal was down.
 * Whichever tries, the close row per month ({@code ledger_month_close}, claimed first in the closing transaction)
 * lets exactly one transaction close it.
 */
@ApplicationScoped
public class MonthCloseScheduler extends ConfiguredPeriodJob {

    @Inject
    ScoreLedger ledger;

    @ConfigProperty(name = "portal.ledger.close-check-every", defaultValue = "10m")
    Duration checkEvery;

    /** First at start-up: the designation job reads the months it records. */
    public MonthCloseScheduler() {
        super("ledger-month-close", "portal.ledger.close-cron", "portal.ledger.close-at-start", 1);
    }

    @Override
    public Optional<Duration> checkEvery() {
        return Optional.of(checkEvery);
    }

    @Override
    public Optional<String> runDue(String by) {
        List<MonthClose> closes = ledger.closeDue(by);
        return closes.isEmpty() ? Optional.empty() : Optional.of(closes.stream()
                .map(c -> c.month() + " closed (" + c.partners() + " partners, " + c.took().toMillis() + " ms)")
                .collect(Collectors.joining("; ")));
    }
}
