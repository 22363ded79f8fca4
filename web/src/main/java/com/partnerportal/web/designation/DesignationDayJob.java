package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.lifecycle.RenewalReminder;
import com.partnerportal.core.lifecycle.Transition;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.persistence.designation.DesignationDays;
import com.partnerportal.persistence.designation.DesignationRecord;
import com.partnerportal.persistence.designation.DesignationRecordRepository;
import com.partnerportal.web.mail.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The designation lifecycle's daily work (issue 16, point 4): records every lapse core's lifecycle says is due —
 * a designation not renewed by its anniversary date lapses on that date — once, also for days the portal missed,
 * refreshes every partner's designation standing (the program overview's columns), and tells the partner's admins by
 * mail of each lapse and, 30 and 7 days before an anniversary not renewed yet, that the renewal is due (issue 16,
 * point 6; each reminder once per anniversary, {@code designation_reminder}).
 *
 * <p>Once across nodes: the run claims its day ({@code designation_day_run}) in the transaction that does the work,
 * so a second caller of the same day — another node, or start-up beside the schedule — finds it claimed and does
 * nothing. A lapse is recorded at most once anyway: core refuses a lapse already recorded, and the database's
 * unique index refuses a second lapse of the day.
 */
@ApplicationScoped
public class DesignationDayJob {

    private static final Logger LOG = Logger.getLogger(DesignationDayJob.class);

    /** What a day's run did. */
    public record DayRun(LocalDate day, int lapses, int partners, int reminders) {
    }

    @Inject
    DesignationDays days;

    @Inject
    DesignationRecordRepository records;

    @Inject
    DesignationService designations;

    @Inject
    DesignationCalendar calendar;

    @Inject
    Notifications notifications;

    /** Today's run, unless another caller claimed today already (then empty, and nothing is done). */
    @Transactional
    public Optional<DayRun> runToday(String runBy) {
        LocalDate day = calendar.today();
        if (!days.claim(day, runBy)) {
            return Optional.empty();
        }
        int lapses = 0;
        int reminders = 0;
        List<String> partners = days.partnersWithRecord();
        for (String partnerId : partners) {
            records.lock(partnerId); // after a partner admin acting now, never beside them
            DesignationRecord record = records.find(partnerId);
            List<Lapsed> due = new DesignationLifecycle(List.of(), record.anniversary(), record.coreTransitions())
                    .lapsesDue(day);
            for (Lapsed lapse : due) {
                records.append(record, lapse, runBy);
                record = records.find(partnerId);
                lapses++;
                LOG.infof("Designation of %s lapsed on %s: not renewed by the anniversary date", partnerId, lapse.on());
            }
            DesignationService.Standing standing = designations.read(partnerId, day);
            DesignationStatus status = standing.status();
            days.saveStanding(partnerId, status);
            // The partner's admins are told: of each lapse just recorded, and 30 and 7 days before an anniversary
            // not renewed yet — each once (designation_reminder), queued here and sent after this commits. Only for a
            // day on or after the partner's last transition: core decides nothing for a day its record has passed
            // (a run for a past day — a clock set back — tells nobody anything).
            List<Transition> transitions = standing.lifecycle().transitions();
            if (!transitions.isEmpty() && day.isBefore(transitions.get(transitions.size() - 1).on())) {
                continue;
            }
            for (Lapsed lapse : due) {
                reminders += notifications.renewal(partnerId, RenewalReminder.lapsed(lapse), day,
                        standing.decide(Action.ENROL), List.of()) ? 1 : 0;
            }
            Optional<RenewalReminder> reminder = RenewalReminder.due(status);
            if (reminder.isPresent()) {
                reminders += notifications.renewal(partnerId, reminder.get(), day, standing.decide(Action.RENEW),
                        status.monthsLeft()) ? 1 : 0;
            }
        }
        days.finished(day, lapses, partners.size());
        return Optional.of(new DayRun(day, lapses, partners.size(), reminders));
    }
}
