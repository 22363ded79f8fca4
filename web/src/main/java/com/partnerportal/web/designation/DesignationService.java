package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.Decision;
import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.lifecycle.RecordedMonth;
import com.partnerportal.core.lifecycle.Track;
import com.partnerportal.core.lifecycle.Transition;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.persistence.designation.DesignationRecord;
import com.partnerportal.persistence.designation.DesignationRecord.RecordedTransition;
import com.partnerportal.persistence.designation.DesignationDays;
import com.partnerportal.persistence.designation.DesignationRecordRepository;
import com.partnerportal.persistence.designation.MonthOnRecord;
import com.partnerportal.persistence.designation.RecordedMonthsQuery;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.web.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner's designation (issue 16): core's lifecycle over the partner's record and the months of its score
 * ledger. Reads run in read-only transactions; the partner admins' actions take core's decision of the day and
 * append its transition, one admin at a time.
 */
@ApplicationScoped
public class DesignationService {

    /** The record, the lifecycle over it and the day it was read on. */
    public record Standing(DesignationRecord record, DesignationLifecycle lifecycle, LocalDate day) {

        public DesignationStatus status() {
            return lifecycle.statusOn(day);
        }

        public Decision decide(Action action) {
            return switch (action) {
                case ENROL -> lifecycle.mayEnrol(day);
                case ACTIVATE_BENEFITS -> lifecycle.mayActivateBenefits(day);
                case RENEW -> lifecycle.mayRenew(day);
                case CORRECT_ANNIVERSARY -> throw new IllegalArgumentException("a correction needs its date");
            };
        }
    }

    @Inject
    DesignationRecordRepository records;

    @Inject
    RecordedMonthsQuery recordedMonths;

    @Inject
    LedgerRepository ledger;

    @Inject
    DesignationCalendar calendar;

    @Inject
    DesignationDays days;

    public LocalDate today() {
        return calendar.today();
    }

    /** The partner's designation today, read-only. */
    @Transactional
    public Standing standing(String partnerId) {
        ledger.readOnly();
        return read(partnerId, calendar.today());
    }

    /** The partner's designation status today, read-only (the dashboard, the PDF). */
    @Transactional
    public DesignationStatus status(String partnerId) {
        return standing(partnerId).status();
    }

    /**
     * A partner admin's action (enrol, activate benefits, renew), taken on the record as the page showed it
     * ({@code version}: its number of transitions). 409 with core's reason when the lifecycle forbids it today, and
     * 409 when someone acted since the page was loaded; nothing is written then.
     */
    @Transactional
    public Transition act(String partnerId, Action action, int version, String actor) {
        if (action == Action.CORRECT_ANNIVERSARY) {
            throw new IllegalArgumentException("anniversary corrections are program admins' (correctAnniversary)");
        }
        records.lock(partnerId);
        Standing standing = read(partnerId, calendar.today());
        requireVersion(standing.record(), version);
        Decision decision = standing.decide(action);
        if (!decision.allowed()) {
            throw ProblemException.conflict(decision.message());
        }
        records.append(standing.record(), decision.transition(), actor);
        days.saveStanding(partnerId, read(partnerId, standing.day()).status());
        return decision.transition();
    }

    /**
     * A program admin corrects the partner's anniversary date (spec "States", 6), in the caller's transaction: core's
     * {@code mayCorrectAnniversary} decides, the correction is appended with its audit event (which sets the
     * partner's anniversary date); the record of what happened stays. Nothing is appended when the date is unchanged.
     * 409 with core's reason when the lifecycle refuses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void correctAnniversary(String partnerId, LocalDate corrected, String actor) {
        records.lock(partnerId);
        Standing standing = read(partnerId, calendar.today());
        if (corrected.equals(standing.record().anniversary())) {
            return;
        }
        Decision decision = standing.lifecycle().mayCorrectAnniversary(standing.day(), corrected);
        if (!decision.allowed()) {
            throw ProblemException.conflict(decision.message());
        }
        records.append(standing.record(), decision.transition(), actor);
        days.saveStanding(partnerId, read(partnerId, standing.day()).status());
    }

    /** The recorded months as core reads them: the latest version of every month the ledger holds. */
    public List<RecordedMonth> months(String partnerId) {
        return recordedMonths.months(partnerId).stream().map(DesignationService::recorded).toList();
    }

    Standing read(String partnerId, LocalDate day) {
        DesignationRecord record = records.find(partnerId);
        return new Standing(record, record.lifecycle(months(partnerId)), day);
    }

    static void requireVersion(DesignationRecord record, int version) {
        if (record.lastSeq() != version) {
            RecordedTransition last = record.transitions().get(record.transitions().size() - 1);
            throw ProblemException.conflict("The designation changed since this page was loaded: "
                    + last.transition().description() + " (by " + last.recordedBy()
                    + "). Nothing was changed; reload the page and decide again.");
        }
    }

    private static RecordedMonth recorded(MonthOnRecord month) {
        return new RecordedMonth(month.month(), month.total(), month.attained(), Track.valueOf(month.path()),
                BenefitCatalogue.stacked(month.dataAiEarned(), month.otherAzureSpecializations()));
    }
}
