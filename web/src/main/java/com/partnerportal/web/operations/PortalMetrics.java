package com.partnerportal.web.operations;

import com.partnerportal.persistence.association.ReviewQueueStatistics;
import com.partnerportal.persistence.association.ReviewQueueStatistics.QueueStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The portal's own metrics, beside the HTTP timers Quarkus records per route template ({@code http_server_requests}):
 * how long scoring and imports take, how many rows imports bring, how far the recompute job is, and how much work
 * waits for reviewers. Every name is listed in docs/operations.md, "Metrics".
 */
@Startup
@ApplicationScoped
public class PortalMetrics {

    private static final Logger LOG = Logger.getLogger(PortalMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    ReviewQueueStatistics reviewQueue;

    @Inject
    RecomputeProgress recompute;

    /** The review queue is read from the database at most this often, however often Prometheus scrapes. */
    @ConfigProperty(name = "portal.metrics.review-queue-interval", defaultValue = "10s")
    Duration queueReadInterval;

    Clock clock = Clock.systemUTC();

    private Timer scoring;
    private volatile QueueStatus lastQueue;
    private volatile long lastQueueReadAt;

    @PostConstruct
    void register() {
        scoring = Timer.builder("portal.scoring.duration")
                .description("Time to score one partner and month from its evidence (core ScoreCalculator)")
                .register(registry);
        Gauge.builder("portal.review.queue.size", this, m -> m.queue().size())
                .description("Submitted customer and professional associations waiting for a reviewer")
                .register(registry);
        Gauge.builder("portal.review.queue.oldest.age", this, PortalMetrics::oldestAgeSeconds)
                .description("How long the oldest submitted association has waited for a reviewer (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("portal.recompute.partners.total", this, m -> latestJob().map(RecomputeProgress.Status::total).orElse(0))
                .description("Partners in the latest recompute job (0 before the first job)")
                .register(registry);
        Gauge.builder("portal.recompute.partners.done", this, m -> latestJob().map(RecomputeProgress.Status::done).orElse(0))
                .description("Partners the latest recompute job has computed or failed so far")
                .register(registry);
        Gauge.builder("portal.recompute.partners.failed", this,
                m -> latestJob().map(RecomputeProgress.Status::failed).orElse(0))
                .description("Partners the latest recompute job could not compute")
                .register(registry);
        Gauge.builder("portal.recompute.running", this, m -> latestJob().filter(RecomputeProgress.Status::running).isPresent() ? 1 : 0)
                .description("1 while a recompute job runs, else 0")
                .register(registry);
    }

    /** Scores through {@code scoring}, timing it. */
    public <T> T timeScoring(Supplier<T> scoringCall) {
        return scoring.record(scoringCall);
    }

    /** Records one import: its kind ({@code evidence}, {@code acr}), outcome, duration and the rows it read. */
    public void importFinished(String kind, String outcome, Duration duration, long rows) {
        Timer.builder("portal.import.duration")
                .description("Time of one import, commit included, by kind and outcome")
                .tag("kind", kind).tag("outcome", outcome)
                .register(registry).record(duration);
        if (rows > 0) {
            Counter.builder("portal.import.rows")
                    .description("Rows (records of an evidence file, lines of an ACR CSV) that successful imports read")
                    .tag("kind", kind)
                    .register(registry).increment(rows);
        }
    }

    private Optional<RecomputeProgress.Status> latestJob() {
        return recompute.latest();
    }

    private double oldestAgeSeconds() {
        return queue().oldestSubmittedAt()
                .map(submitted -> Math.max(0, Duration.between(submitted.toInstant(), clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }

    /** The queue as last read; read again when older than {@code portal.metrics.review-queue-interval}. */
    private QueueStatus queue() {
        long now = clock.millis();
        QueueStatus known = lastQueue;
        if (known == null || now - lastQueueReadAt >= queueReadInterval.toMillis()) {
            try {
                known = reviewQueue.status();
                lastQueue = known;
                lastQueueReadAt = now;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not read the review queue for the metrics");
                return known != null ? known : new QueueStatus(0, Optional.empty());
            }
        }
        return known;
    }
}
