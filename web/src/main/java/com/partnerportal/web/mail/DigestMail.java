package com.partnerportal.web.mail;

import java.util.List;

/**
 * What the reviewers' daily digest says (the outbox payload; written and read by Jackson): the day, how many queue
 * items wait longer than the digest's days (core's), the oldest of them, and the review queue.
 */
public record DigestMail(String day, int count, int olderThanDays, List<Item> items, String link) {

    /** One waiting item: what it is, whose, who submitted it when, and for how many days it has waited. */
    public record Item(String what, String partnerId, String partnerName, String submittedBy, String submittedAt,
            long daysWaiting, String link) {
    }

    public String subject() {
        return "Review queue " + day + ": " + count + (count == 1 ? " item waits" : " items wait") + " more than "
                + olderThanDays + " days";
    }

    /** "1 item of the review queue waits", "3 items of the review queue wait". */
    public String itemsWait() {
        return count + (count == 1 ? " item of the review queue waits" : " items of the review queue wait");
    }

    /** Whether the digest names only the oldest of the items. */
    public boolean truncated() {
        return items.size() < count;
    }
}
