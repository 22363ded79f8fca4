package com.partnerportal.web.mail;

/**
 * What an invitation mail says (the outbox payload; written and read by Jackson): the partner, the role offered in
 * words, who invited, until when the link works (as printed), and the link — the only copy of the invitation's
 * secret besides the one shown to the inviter, so the sender replaces it ({@link #withoutLink}) once the mail is out.
 */
public record InvitationMail(String partnerId, String partnerName, String role, String invitedBy, String expiresAt,
        String link) {

    /** What the outbox keeps once the mail was sent. */
    static final String LINK_NOT_KEPT = "(sent; the link is not kept)";

    /** The mail's subject line. */
    public String subject() {
        return "[" + partnerId + "] You are invited to join " + partnerName + " in the Partner Capability Portal";
    }

    /** The same mail without its link: what the outbox keeps after sending. */
    public InvitationMail withoutLink() {
        return new InvitationMail(partnerId, partnerName, role, invitedBy, expiresAt, LINK_NOT_KEPT);
    }
}
