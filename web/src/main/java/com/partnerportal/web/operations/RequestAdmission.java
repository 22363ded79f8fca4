package com.partnerportal.web.operations;

import com.partnerportal.web.error.PortalBusy;
import com.partnerportal.web.security.BodyLimits;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * How many requests do their work at once: at most {@code portal.http.concurrent-requests} (default four per
 * processor) run their filters, resource method and rendering; the others wait their turn, first come first served.
 * The worker pool itself stays large (blocking imports, database waits), but a hundred threads sharing two cores make
 * every request slow and some very slow: the operating system slices the CPU among them, so a 0.5 ms page took up to
 * a second at 32 connections while the median stayed at 12 ms. Taking turns, each request gets the CPU when it starts
 * and the slowest wait only for the queue ahead of them (docs/performance.md, "Requests take turns").
 * <p>
 * Imports ({@link BodyLimits#isImport}) are left out: they stream for minutes and would hold a turn for that long.
 * Non-blocking endpoints (on an I/O thread) are left out too: nothing may wait there. A request that cannot start
 * within {@code portal.http.concurrent-requests-wait} gets 503 with {@code Retry-After} ({@link PortalBusy}); nothing
 * was done for it.
 * The turn is given back when the request is done, whatever the answer was, also when its client left meanwhile.
 */
@ApplicationScoped
public class RequestAdmission {

    /**
     * Turns per processor by default: with 2 per processor the dashboard's p99 at 32 connections was 15-17 ms but its
     * throughput at 16 fell to 0.23-0.28 of the health check's (a thread parked and woken for almost every request);
     * with 4, p99 28-34 ms and 0.28-0.29 (docs/performance.md, "Requests take turns").
     */
    static final int TURNS_PER_PROCESSOR = 4;

    /** Before every other filter of the application (the partner filter reads the database). */
    static final int PRIORITY = 100;

    private final int permits;
    private final Duration wait;
    private final Semaphore turns;

    @Inject
    MeterRegistry registry;

    @Inject
    RequestAdmission(@ConfigProperty(name = "portal.http.concurrent-requests") Optional<Integer> configured,
            @ConfigProperty(name = "portal.http.concurrent-requests-wait", defaultValue = "PT10S") Duration wait) {
        this.permits = configured.orElse(TURNS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors());
        if (permits < 1) {
            throw new IllegalArgumentException("portal.http.concurrent-requests must be at least 1: " + permits);
        }
        this.wait = wait;
        this.turns = new Semaphore(permits, true);
    }

    @PostConstruct
    void metrics() {
        Gauge.builder("portal.http.requests.waiting", turns, Semaphore::getQueueLength)
                .description("Requests waiting for their turn to run (portal.http.concurrent-requests)")
                .register(registry);
        Gauge.builder("portal.http.requests.running", this, a -> a.permits - a.turns.availablePermits())
                .description("Requests running their filters, resource and rendering now")
                .register(registry);
    }

    @ServerRequestFilter(priority = PRIORITY)
    public void takeTurn(RoutingContext context) {
        if (!BlockingOperationControl.isBlockingAllowed() || BodyLimits.isImport(context.normalizedPath())) {
            return;
        }
        if (!enter()) {
            throw new PortalBusy();
        }
        // Given back when the request is done, whichever way: Quarkus REST completes every request it started
        // (answered, failed, or its client gone while it waited for its turn — then the HTTP response never ends);
        // the response's end is the second guard. Given back once.
        AtomicBoolean left = new AtomicBoolean();
        try {
            CurrentRequestManager.get().registerCompletionCallback(failure -> leave(left));
            context.addEndHandler(ended -> leave(left));
        } catch (RuntimeException e) {
            leave(left);
            throw e;
        }
    }

    /** Waits for a turn; false when none came within the configured wait. */
    boolean enter() {
        try {
            return turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the turn back, once however often the request's end is reported. */
    void leave(AtomicBoolean left) {
        if (left.compareAndSet(false, true)) {
            turns.release();
        }
    }

    /** Turns no request holds now (for tests and operators). */
    int free() {
        return turns.availablePermits();
    }

    int permits() {
        return permits;
    }
}
