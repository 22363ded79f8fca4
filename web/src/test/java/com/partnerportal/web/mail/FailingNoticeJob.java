package com.partnerportal.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The notices job of {@link NoticesFailAtStartProfile}: its first run fails (as a database that answers with an error
 * would make it fail), later runs are the real job's. It records what the period jobs log from its first use on — the
 * start-up run — so a test can read the failure's log line.
 */
@Alternative
@ApplicationScoped
public class FailingNoticeJob extends NoticeJob {

    static final String FAILURE = "the notice job's first run fails (test)";

    /** Held here: a logger only weakly referenced could lose its handler. */
    static final Logger PERIOD_JOBS_LOG = Logger.getLogger("com.partnerportal.web.jobs.PeriodJobs");

    static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();

    private final AtomicInteger runs = new AtomicInteger();

    @PostConstruct
    void recordTheLog() {
        PERIOD_JOBS_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                LOGGED.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    /** How many times it was run (a method: a test holds a client proxy). */
    int runs() {
        return runs.get();
    }

    @Override
    public NoticeRun runToday() {
        if (runs.getAndIncrement() == 0) {
            throw new IllegalStateException(FAILURE);
        }
        return super.runToday();
    }
}
