package com.partnerportal.web.error;

import com.partnerportal.persistence.DatabaseFailures;

/**
 * Failures that mean the database is away (persistence's {@link DatabaseFailures}) answer 503 with
 * {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return DatabaseFailures.isUnavailable(failure);
    }
}
