package com.partnerportal.web.mail;

import java.util.List;

/**
 * What a certification-expiry mail says (the outbox payload; written and read by Jackson): the partner, each
 * certification newly due for a notice with core's sentence of what its loss costs, and the certifications page.
 */
public record ExpiryMail(String partnerId, String partnerName, List<Item> items, String link) {

    /**
     * One certification: the notice it is ("within 30 days"), core's sentence ("AI-102 … of Jane Doe (M-1) expires on
     * 2026-12-20: −5 points"), its expiry date, the days left, the points its loss costs, and whether the designation
     * would then be lost.
     */
    public record Item(String notice, String text, String expires, long daysLeft, int points,
            boolean losesDesignation) {
    }

    public String subject() {
        return "[" + partnerId + "] " + (items.size() == 1 ? "A certification that counts expires soon"
                : items.size() + " certifications that count expire soon") + ": points at stake";
    }
}
