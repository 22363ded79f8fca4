package com.partnerportal.core.notify;

import java.time.OffsetDateTime;

/**
 * The reviewers' daily digest (issue 12, point 9): the queue items waiting longer than {@value #OLDER_THAN_DAYS}
 * days, sent once a day when there are any.
 */
public final class ReviewDigest {

    public static final int OLDER_THAN_DAYS = 7;

    /** How many items a digest lists by name (the oldest); it counts all of them. */
    public static final int LISTED = 50;

    private ReviewDigest() {
    }

    /** An item submitted at or before this instant is old at {@code now}. */
    public static OffsetDateTime cutoff(OffsetDateTime now) {
        return now.minusDays(OLDER_THAN_DAYS);
    }
}
