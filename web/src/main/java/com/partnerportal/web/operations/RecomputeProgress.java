package com.partnerportal.web.operations;

import java.util.Optional;

/**
 * How far the latest recompute job is, for the metrics. The recompute jobs (web.admin) provide it, so the metrics
 * depend on no feature package.
 */
public interface RecomputeProgress {

    /** The latest job, if there was one. */
    Optional<Status> latest();

    /** Partners in the job, computed or failed so far, failed, and whether it still runs. */
    record Status(int total, int done, int failed, boolean running) {
    }
}
