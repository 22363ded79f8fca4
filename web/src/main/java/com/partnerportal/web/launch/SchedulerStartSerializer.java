package com.partnerportal.web.launch;

import com.partnerportal.persistence.cluster.NodeStartLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Nodes of a cluster register the scheduler's jobs one after the other: {@link NodeStartLock} is taken before any
 * other start-up observer runs ({@link #FIRST}) and released after Quarkus's Quartz scheduler has been created and
 * started (its observer runs at priority {@link #QUARTZ_START}), so a node starting beside another never stores a job
 * the other stored a moment earlier. Start-up work that follows (a missed month close, the designation day) is not
 * held: it has its own once-only rows.
 */
@ApplicationScoped
public class SchedulerStartSerializer {

    private static final Logger LOG = Logger.getLogger(SchedulerStartSerializer.class);

    /** Before every other start-up observer. */
    static final int FIRST = Integer.MIN_VALUE;

    /** The priority of {@code io.quarkus.quartz.runtime.QuartzSchedulerImpl#start(StartupEvent)} in Quarkus 3.33. */
    static final int QUARTZ_START = 0;

    /** Right after Quartz's. */
    static final int AFTER_QUARTZ = QUARTZ_START + 1;

    @Inject
    NodeStartLock lock;

    private NodeStartLock.Held held;

    void before(@Observes @Priority(FIRST) StartupEvent event) throws SQLException {
        long start = System.nanoTime();
        held = lock.acquire();
        LOG.debugf("Node start lock taken after %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    void after(@Observes @Priority(AFTER_QUARTZ) StartupEvent event) throws SQLException {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
