package com.partnerportal.web.settings;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.mail.NotificationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A user's choice of mail kinds: read, and changed (audited, one event with the kinds off before and after). */
@ApplicationScoped
public class NotificationSettingsService {

    /** The audit trail's record of a user's choice: the kinds turned off. */
    public record KindsOff(List<String> off) {
        static KindsOff of(Set<NotificationKind> kinds) {
            return new KindsOff(kinds.stream().map(Enum::name).sorted().toList());
        }
    }

    @Inject
    NotificationSettings settings;

    @Inject
    AuditLog audit;

    @Transactional
    public Set<NotificationKind> optedOut(String subject) {
        return settings.optedOut(subject);
    }

    /** Keeps the choice among the offered kinds; audited when it changed. */
    @Transactional
    public void choose(String subject, String email, String actor, Set<NotificationKind> offered,
            Set<NotificationKind> off) {
        Set<NotificationKind> before = settings.optedOut(subject);
        settings.choose(subject, email, offered, off);
        Set<NotificationKind> after = settings.optedOut(subject);
        if (!new TreeSet<>(before).equals(new TreeSet<>(after))) {
            audit.record(actor, "NOTIFICATION_SETTINGS_CHANGED", null, "notification_opt_out", subject,
                    KindsOff.of(before), KindsOff.of(after), null);
        }
    }
}
