package com.partnerportal.web.admin;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.ledger.RecomputeRunRepository;
import com.partnerportal.persistence.ledger.RecomputeRunRepository.Chunk;
import com.partnerportal.persistence.ledger.RecomputeRunRepository.Run;
import com.partnerportal.web.jobs.ClusterNode;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.operations.RecomputeProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Recomputes every partner's open-month scorecard, set-based and kept in the database: a run's partners are split
 * into chunks of {@code portal.recompute.chunk-size} when it starts; workers (here {@code portal.recompute.workers}
 * threads per node, on every node) claim one pending chunk at a time in the transaction that scores it
 * ({@link ScoreLedger#recomputeOpen}: one query per table, scored in core, one ledger statement) and marks it done.
 * Any node shows any run's progress; a node that dies mid-chunk leaves that chunk pending, and the other nodes'
 * sweep ({@code portal.recompute.sweep-every}) finishes the run.
 */
@ApplicationScoped
public class RecomputeJobs implements RecomputeProgress {

    /** A recompute chunk's transaction may last this long (seconds). */
    public static final int CHUNK_TRANSACTION_TIMEOUT = 600;

    private static final Logger LOG = Logger.getLogger(RecomputeJobs.class);
    static final int KEPT = 20;

    @Inject
    ScoreLedger ledger;

    @Inject
    RecomputeRunRepository runs;

    @Inject
    AuditLog audit;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "portal.recompute.chunk-size", defaultValue = "250")
    int chunkSize;

    @ConfigProperty(name = "portal.recompute.workers", defaultValue = "2")
    int workers;

    /** The runs this node works on now, so that a sweep does not start a second set of workers for one. */
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private ManagedExecutor executor;

    @PostConstruct
    void start() {
        // Nothing of the request that starts a job travels with it: no transaction, no request context.
        executor = ManagedExecutor.builder().maxAsync(Math.max(1, workers)).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Starts recomputing every partner's open-month scorecard, or returns the run already doing it for the month.
     * The start is audited in this transaction; the workers start once it commits; the end is audited by the
     * worker that finishes the last chunk.
     */
    @Transactional
    public RecomputeJob start(YearMonth month, String actor) {
        RecomputeRunRepository.Started started = runs.start(UUID.randomUUID().toString(), month, actor, chunkSize);
        Run run = runs.find(started.id()).orElseThrow();
        if (started.started()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("month", month.toString());
            after.put("partners", run.partners());
            audit.record(actor, "SCORECARDS_RECOMPUTE_STARTED", null, "scorecard_ledger", month.toString(), null,
                    after, null);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        work(run.id());
                    }
                }
            });
        }
        return job(run);
    }

    public Optional<RecomputeJob> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> runs.find(id)).map(RecomputeJobs::job);
    }

    @Override
    public Optional<Status> latest() {
        return recent().stream().findFirst()
                .map(job -> new Status(job.total(), job.done(), job.failed().size(), job.running()));
    }

    /** The latest {@value #KEPT} runs, newest first. */
    public List<RecomputeJob> recent() {
        return QuarkusTransaction.joiningExisting().call(() -> runs.recent(KEPT)).stream().map(RecomputeJobs::job)
                .toList();
    }

    /** Every node looks for unfinished runs (one whose node died, or started while this one was busy). */
    @Scheduled(identity = "recompute-sweep", every = "{portal.recompute.sweep-every}", delayed = "10s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sweep() {
        for (String runId : QuarkusTransaction.requiringNew().call(runs::unfinishedRuns)) {
            work(runId);
        }
    }

    /** Starts this node's workers on the run, unless they are on it already. */
    void work(String runId) {
        if (!working.add(runId)) {
            return;
        }
        int threads = Math.max(1, workers);
        AtomicInteger left = new AtomicInteger(threads);
        for (int i = 0; i < threads; i++) {
            executor.runAsync(() -> {
                try {
                    workChunks(runId);
                } finally {
                    if (left.decrementAndGet() == 0) {
                        working.remove(runId);
                    }
                }
            });
        }
    }

    /** Claims and computes the run's chunks until none is left to claim, then finishes the run if it is done. */
    void workChunks(String runId) {
        String by = ClusterNode.name() + "/" + Thread.currentThread().getName();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                AtomicReference<Chunk> current = new AtomicReference<>();
                boolean claimed;
                try {
                    claimed = QuarkusTransaction.requiringNew().timeout(CHUNK_TRANSACTION_TIMEOUT).call(() -> {
                        Optional<Chunk> chunk = runs.claim(runId);
                        if (chunk.isEmpty()) {
                            return false;
                        }
                        current.set(chunk.get());
                        ScoreLedger.ChunkFigures figures = ledger.recomputeOpen(chunk.get().partnerIds());
                        // a partner deleted since the run started has nothing to score: it counts as computed
                        runs.done(chunk.get(), chunk.get().partnerIds().size() - figures.failed().size(),
                                figures.failed(), by);
                        return true;
                    });
                } catch (RuntimeException e) {
                    Chunk chunk = current.get();
                    if (chunk == null) {
                        throw e;
                    }
                    // the chunk's transaction rolled back: its partners are reported failed, the run goes on
                    LOG.errorf(e, "Recompute %s: chunk %d failed", runId, chunk.chunk());
                    QuarkusTransaction.requiringNew().run(() -> runs.failed(chunk, by));
                    claimed = true;
                }
                if (!claimed) {
                    break;
                }
            }
            finish(runId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Recompute %s: a worker stopped", runId);
        }
    }

    private void finish(String runId) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (runs.finishIfDone(runId)) {
                Run run = runs.find(runId).orElseThrow();
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("month", run.month().toString());
                after.put("computed", run.computed());
                after.put("failed", run.failed());
                audit.record(run.startedBy(), "SCORECARDS_RECOMPUTED", null, "scorecard_ledger",
                        run.month().toString(), null, after, null);
                LOG.infof("Recompute %s: %d partners computed, %d failed, in %d chunks", runId, run.computed(),
                        run.failed().size(), run.chunks());
            }
        });
    }

    private static RecomputeJob job(Run run) {
        return new RecomputeJob(run.id(), run.month(), run.startedBy(), run.startedAt(), run.finishedAt(),
                run.partners(), run.computed(), run.failed());
    }

}
