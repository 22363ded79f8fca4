package com.partnerportal.web.designation;

import com.partnerportal.persistence.designation.DesignationTransitionEntity;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Partners with recorded months and a calendar the test moves: the spec's dates, over HTTP. */
final class DesignationFixture {

    private DesignationFixture() {
    }

    /** A calendar whose day the test sets; installed for the current test only (QuarkusMock). */
    static final class MovableCalendar extends DesignationCalendar {
        /** Set by the test's thread, read by the server's request and job threads. */
        volatile LocalDate day;

        MovableCalendar(LocalDate day) {
            this.day = day;
        }

        @Override
        public LocalDate today() {
            return day;
        }
    }

    static MovableCalendar calendarOn(LocalDate day) {
        MovableCalendar calendar = new MovableCalendar(day);
        QuarkusMock.installMockForType(calendar, DesignationCalendar.class);
        return calendar;
    }

    /** Sets the partner's anniversary date (before any transition is recorded). */
    static void anniversary(String partnerId, LocalDate anniversary) {
        QuarkusTransaction.requiringNew().run(() -> {
            PartnerEntity partner = PartnerEntity.findById(partnerId);
            partner.anniversaryDate = anniversary;
        });
    }

    /** Records a closed month's scorecard in the ledger: total, attained (≥ 70 here), the path. */
    static void recorded(String partnerId, YearMonth month, int total, String path) {
        LedgerRepository ledger = Arc.container().instance(LedgerRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> ledger.record(partnerId, month,
                new ScorecardFigures("DATA_AI_AZURE-2024", total, total >= 70, path, null, "{}"), "test-close"));
    }

    /** A partner (id, name) with ADMIN and USER as members, an anniversary date and 2026-01 62, 2026-02 71 (SMB). */
    static String qualifyingPartner(String partnerId, String name, LocalDate anniversary, String admin, String user) {
        com.partnerportal.web.testsupport.PartnerFixture.partner(partnerId, name);
        com.partnerportal.web.testsupport.PartnerFixture.member(partnerId, admin, true);
        com.partnerportal.web.testsupport.PartnerFixture.member(partnerId, user, false);
        anniversary(partnerId, anniversary);
        recorded(partnerId, YearMonth.of(2026, 1), 62, "SMB");
        recorded(partnerId, YearMonth.of(2026, 2), 71, "SMB");
        return partnerId;
    }

    /** How many audit events of the action the partner has. */
    static long audits(String partnerId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> com.partnerportal.persistence.audit.AuditEventEntity
                .count("partnerId = ?1 and action = ?2", partnerId, action));
    }

    /** The kinds of the partner's transitions, in the order recorded. */
    static List<String> kinds(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> DesignationTransitionEntity
                .<DesignationTransitionEntity>list("partnerId = ?1 order by seq", partnerId).stream()
                .map(row -> row.kind.name()).toList());
    }
}
