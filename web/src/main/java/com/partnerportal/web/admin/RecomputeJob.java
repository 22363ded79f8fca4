package com.partnerportal.web.admin;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One run of "recompute every scorecard of the open month" as the database has it (any node shows any run): which
 * month, who started it, how many partners it covers, how many are computed and which failed, in the committed
 * chunks so far.
 */
public record RecomputeJob(String id, YearMonth month, String actor, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, int total, int computed, List<String> failed) {

    public RecomputeJob {
        failed = List.copyOf(failed);
    }

    /** Partners done so far, computed or failed. */
    public int done() {
        return computed + failed.size();
    }

    public int percent() {
        return total == 0 ? 100 : done() * 100 / total;
    }

    public boolean running() {
        return finishedAt == null;
    }
}
