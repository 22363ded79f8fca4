package com.partnerportal.web.mail;

/** A transaction queued mail in the outbox; once it commits, {@link MailSender} sends it. */
public record MailQueued(int count) {
}
