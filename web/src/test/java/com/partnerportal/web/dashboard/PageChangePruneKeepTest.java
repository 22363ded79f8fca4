package com.partnerportal.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.ledger.ScoreLedger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Change rows are kept at least as long as the longest transaction that writes what a dashboard shows, plus the time a
 * kept page lives unused, plus the margin: the month close's hour, 10 minutes, 5 minutes as shipped.
 */
@QuarkusTest
class PageChangePruneKeepTest {

    @Inject
    PageChangePrune prune;

    @ConfigProperty(name = "portal.dashboard-cache.expire-after-access")
    Duration idle;

    @ConfigProperty(name = "portal.imports.transaction-timeout")
    int importTimeoutSeconds;

    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout")
    Duration defaultTimeout;

    @Test
    void keepCoversTheLongestTransactionAndTheIdleTimeOfAKeptPage() {
        Duration keep = prune.keep();
        assertThat(keep).isEqualTo(Duration.ofSeconds(ScoreLedger.CLOSE_TRANSACTION_TIMEOUT)
                .plus(idle).plus(PageChangePrune.MARGIN));
        assertThat(keep).isGreaterThanOrEqualTo(Duration.ofSeconds(importTimeoutSeconds).plus(idle))
                .isGreaterThanOrEqualTo(defaultTimeout.plus(idle));
        assertThat(keep).isEqualTo(Duration.ofMinutes(75));
        assertThat(prune.prune()).isGreaterThanOrEqualTo(0);
    }
}
