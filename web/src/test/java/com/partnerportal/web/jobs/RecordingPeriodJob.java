package com.partnerportal.web.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A period job for the tests: never due by its cron, run at start-up, and it records who ran it. */
@ApplicationScoped
public class RecordingPeriodJob implements PeriodJob {

    static final String IDENTITY = "test-recording-job";

    private final List<String> runs = new CopyOnWriteArrayList<>();

    /** Who ran it, in order (a method: the test holds a client proxy). */
    List<String> runs() {
        return List.copyOf(runs);
    }

    @Override
    public String identity() {
        return IDENTITY;
    }

    @Override
    public String cron() {
        return "0 0 0 1 1 ? 2099";
    }

    @Override
    public boolean runAtStart() {
        return true;
    }

    /** After the two jobs of the portal. */
    @Override
    public int startOrder() {
        return 100;
    }

    @Override
    public Optional<String> runDue(String by) {
        runs.add(by);
        return Optional.of("recorded " + by);
    }
}
