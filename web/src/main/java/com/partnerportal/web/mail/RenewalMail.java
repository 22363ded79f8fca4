package com.partnerportal.web.mail;

/**
 * What a renewal reminder or lapse notice says (the outbox payload; written and read by Jackson): the partner, the
 * designation, the anniversary date and the days left, the renewal days, whether the partner may renew today with
 * core's reason either way, the months that may still qualify when renewal is at risk, and the designation page.
 *
 * @param lapsed a lapse notice (the designation lapsed on {@code anniversary}); otherwise a renewal reminder
 * @param daysLeft days from the day of the reminder to the anniversary
 * @param renewalUntil the last renewal day (the day before the anniversary)
 * @param mayRenew whether core's lifecycle allows the renewal on the day of the reminder
 * @param decision core's reason for {@code mayRenew} (or, for a lapse, what the partner may do now)
 * @param monthsLeft the months that may still qualify in time when renewal is at risk; null when not at risk
 */
public record RenewalMail(String partnerId, String partnerName, String designation, boolean lapsed,
        String anniversary, long daysLeft, String renewalOpens, String renewalUntil, boolean mayRenew,
        String decision, String monthsLeft, String link) {

    /** The mail's subject line. */
    public String subject() {
        if (lapsed) {
            return "[" + partnerId + "] " + designation + " lapsed on " + anniversary;
        }
        return "[" + partnerId + "] Renewal due: " + designation + " reaches its anniversary on " + anniversary
                + " (" + daysLeftInWords() + ")";
    }

    /** "30 days", "1 day". */
    public String daysLeftInWords() {
        return daysLeft + (daysLeft == 1 ? " day" : " days");
    }
}
