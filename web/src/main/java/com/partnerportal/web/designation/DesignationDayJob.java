package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.persistence.designation.DesignationDays;
import com.partnerportal.persistence.designation.DesignationRecord;
import com.partnerportal.persistence.designation.DesignationRecordRepository;
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
 * and refreshes every partner's designation standing (the program overview's columns).
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
    public record DayRun(LocalDate day, int lapses, int partners) {
    }

    @Inject
    DesignationDays days;

    @Inject
    DesignationRecordRepository records;

    @Inject
    DesignationService designations;

    @Inject
    DesignationCalendar calendar;

    /** Today's run, unless another caller claimed today already (then empty, and nothing is done). */
    @Transactional
    public Optional<DayRun> runToday(String runBy) {
        LocalDate day = calendar.today();
        if (!days.claim(day, runBy)) {
            return Optional.empty();
        }
        int lapses = 0;
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
            days.saveStanding(partnerId, designations.read(partnerId, day).status());
        }
        days.finished(day, lapses, partners.size());
        return Optional.of(new DayRun(day, lapses, partners.size()));
    }
}
