package com.partnerportal.web.admin;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One run of "recompute every scorecard for a month": which partners, how far it got, and what failed. */
public final class RecomputeJob {

    private final String id;
    private final YearMonth month;
    private final String actor;
    private final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    private final List<String> partnerIds;
    private final AtomicInteger computed = new AtomicInteger();
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private volatile OffsetDateTime finishedAt;

    RecomputeJob(String id, YearMonth month, String actor, List<String> partnerIds) {
        this.id = id;
        this.month = month;
        this.actor = actor;
        this.partnerIds = List.copyOf(partnerIds);
    }

    public String id() {
        return id;
    }

    public YearMonth month() {
        return month;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    List<String> partnerIds() {
        return partnerIds;
    }

    public int total() {
        return partnerIds.size();
    }

    public int computed() {
        return computed.get();
    }

    public List<String> failed() {
        return List.copyOf(failed);
    }

    /** Partners done so far, computed or failed. */
    public int done() {
        return computed.get() + failed.size();
    }

    public int percent() {
        return total() == 0 ? 100 : done() * 100 / total();
    }

    public boolean running() {
        return finishedAt == null;
    }

    void computedOne() {
        computed.incrementAndGet();
    }

    void failedOne(String partnerId) {
        failed.add(partnerId);
    }

    void finish() {
        finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
