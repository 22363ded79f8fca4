package com.partnerportal.persistence.mail;

import com.partnerportal.core.notify.NotificationKind;

/** A mail of the outbox waiting to be sent: its kind, recipient and the JSON of what the template prints. */
public record OutboxMail(long id, NotificationKind kind, String recipient, String payload, int attempts) {
}
