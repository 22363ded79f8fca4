package com.partnerportal.web.mail;

/**
 * What a decision mail says (the outbox payload; written and read by Jackson): the partner, the item decided, the
 * outcome in words, the reviewer's reason (null for an approval without one), who decided and when (as printed), and
 * the page where the partner sees it.
 */
public record DecisionMail(String partnerId, String partnerName, String item, String outcome, boolean approved,
        String reason, String decidedBy, String decidedAt, String link) {

    /** The mail's subject line. */
    public String subject() {
        return "[" + partnerId + "] " + item + ": " + outcome;
    }
}
