package com.partnerportal.core.notify;

import java.time.OffsetDateTime;

/** The reviewers' daily digest: which queue items are old enough to be in it. */
public final class ReviewDigest {

    /** A submitted item waiting longer than this many days is in the digest. */
    public static final int OLDER_THAN_DAYS = 7;

    private ReviewDigest() {
    }

    /** Items submitted before this instant are in the digest sent at {@code now}. */
    public static OffsetDateTime submittedBefore(OffsetDateTime now) {
        return now.minusDays(OLDER_THAN_DAYS);
    }
}
