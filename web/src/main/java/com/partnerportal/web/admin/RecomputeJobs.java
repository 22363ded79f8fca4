package com.partnerportal.web.admin;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.operations.RecomputeProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Recomputes every partner's scorecard for a month in the background, one job at a time, each partner in its own
 * transaction (a partner that fails is reported and the others go on). Jobs live in memory: the last
 * {@value #KEPT} are kept for their status pages; a restart forgets them (the audit trail keeps their record).
 */
@ApplicationScoped
public class RecomputeJobs implements RecomputeProgress {

    private static final Logger LOG = Logger.getLogger(RecomputeJobs.class);
    static final int KEPT = 20;

    @Inject
    ScoreLedger ledger;

    @Inject
    PartnerRepository partners;

    @Inject
    AuditLog audit;

    private final Map<String, RecomputeJob> jobs = new ConcurrentHashMap<>();
    private ManagedExecutor executor;

    @PostConstruct
    void start() {
        // Nothing of the request that starts a job travels with it: no transaction, no request context.
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Starts recomputing every partner's scorecard for the month, or returns the job already doing it. The start is
     * audited in this transaction; the end is audited by the job.
     */
    @Transactional
    public synchronized RecomputeJob start(YearMonth month, String actor) {
        Optional<RecomputeJob> running = jobs.values().stream()
                .filter(j -> j.running() && j.month().equals(month)).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        List<String> partnerIds = partners.ids();
        RecomputeJob job = new RecomputeJob(UUID.randomUUID().toString(), month, actor, partnerIds);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("partners", partnerIds.size());
        audit.record(actor, "SCORECARDS_RECOMPUTE_STARTED", null, "scorecard_ledger", month.toString(), null, after,
                null);
        forgetOld();
        jobs.put(job.id(), job);
        executor.runAsync(() -> run(job));
        return job;
    }

    public Optional<RecomputeJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    @Override
    public Optional<Status> latest() {
        return recent().stream().findFirst()
                .map(job -> new Status(job.total(), job.done(), job.failed().size(), job.running()));
    }

    /** The kept jobs, newest first. */
    public List<RecomputeJob> recent() {
        List<RecomputeJob> recent = new ArrayList<>(jobs.values());
        recent.sort(Comparator.comparing(RecomputeJob::startedAt).reversed());
        return recent;
    }

    private void run(RecomputeJob job) {
        try {
            for (String partnerId : job.partnerIds()) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged(partnerId));
                    job.computedOne();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Recompute %s: partner %s failed", job.id(), partnerId);
                    job.failedOne(partnerId);
                }
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("month", job.month().toString());
            after.put("computed", job.computed());
            after.put("failed", job.failed());
            QuarkusTransaction.requiringNew().run(() -> audit.record(job.actor(), "SCORECARDS_RECOMPUTED", null,
                    "scorecard_ledger", job.month().toString(), null, after, null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Recompute %s failed", job.id());
        } finally {
            job.finish();
        }
    }

    private void forgetOld() {
        List<RecomputeJob> finished = recent().stream().filter(j -> !j.running()).toList();
        for (int i = KEPT - 1; i < finished.size(); i++) {
            jobs.remove(finished.get(i).id());
        }
    }
}
