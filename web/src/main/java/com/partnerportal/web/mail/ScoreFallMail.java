package com.partnerportal.web.mail;

/**
 * What the score-fell mail says (the outbox payload; written and read by Jackson): the partner, the month whose close
 * recorded a score below the threshold, that score and the month before's, the threshold (core's), and the dashboard
 * of that month.
 */
public record ScoreFallMail(String partnerId, String partnerName, String month, int total, String previousMonth,
        int previousTotal, int threshold, String link) {

    public String subject() {
        return "[" + partnerId + "] Score fell below " + threshold + " at the close of " + month + ": " + total
                + " points";
    }
}
