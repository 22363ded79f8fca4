package com.partnerportal.web.error;

/**
 * While the database is away (persistence's {@code DatabaseFailures.unreachable}) pages and the API answer 503
 * with {@code Retry-After}: this many seconds.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }
}
