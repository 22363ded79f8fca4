package com.partnerportal.persistence.designation;

import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * The designation job's day claims ({@code designation_day_run}) and the designation standings the program overview
 * reads ({@code designation_standing}, a projection of core's status after each transition and each day's run).
 */
@ApplicationScoped
public class DesignationDays {

    private static final String DESIGNATION = Designation.DATA_AI_AZURE.name();

    @Inject
    EntityManager em;

    /**
     * Claims a day's run for this transaction: true when it inserted the day's row. A concurrent claim of the same
     * day (another node, or the start-up beside the schedule) waits until this transaction ends and then gets false
     * (or true, if this one rolled back): exactly one transaction does a day's work.
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(LocalDate day, String runBy) {
        return em.createNativeQuery("""
                insert into designation_day_run (run_on, run_by) values (?1, ?2) on conflict (run_on) do nothing""")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, runBy)
                .executeUpdate() == 1;
    }

    /** Notes what the claimed run did. */
    @Transactional(TxType.MANDATORY)
    public void finished(LocalDate day, int lapses, int partners) {
        em.createNativeQuery("""
                update designation_day_run set finished_at = now(), lapses = ?2, partners = ?3 where run_on = ?1""")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, lapses)
                .setParameter(3, partners)
                .executeUpdate();
    }

    /** Whether the day's run has been made. */
    @Transactional(TxType.SUPPORTS)
    public boolean ran(LocalDate day) {
        return !em.createNativeQuery("select 1 from designation_day_run where run_on = ?1")
                .setParameter(1, Date.valueOf(day)).getResultList().isEmpty();
    }

    /** The partners that have a designation record (at least one transition), in id order. */
    @Transactional(TxType.SUPPORTS)
    public List<String> partnersWithRecord() {
        return em.unwrap(Session.class).createNativeQuery("""
                select distinct partner_id from designation_transition where designation = ?1 order by partner_id""",
                Scalars.Text.class)
                .setParameter(1, DESIGNATION)
                .getResultStream().map(Scalars.Text::value).toList();
    }

    /** Stores core's status of the partner's designation on its day (replacing the one stored before). */
    @Transactional(TxType.MANDATORY)
    public void saveStanding(String partnerId, DesignationStatus status) {
        boolean held = status.holdsDesignation();
        em.createNativeQuery("""
                insert into designation_standing (partner_id, designation, state, enrolled_since, lapsed_on, year_until,
                                                  renewal_pending, as_of, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())
                on conflict (partner_id, designation) do update
                   set state = excluded.state, enrolled_since = excluded.enrolled_since,
                       lapsed_on = excluded.lapsed_on, year_until = excluded.year_until,
                       renewal_pending = excluded.renewal_pending, as_of = excluded.as_of, updated_at = now()""")
                .setParameter(1, partnerId)
                .setParameter(2, DESIGNATION)
                .setParameter(3, status.state().name())
                .setParameter(4, date(status.enrolledSince()))
                .setParameter(5, date(status.lapsedOn()))
                .setParameter(6, held ? date(status.year().until()) : null)
                .setParameter(7, held && status.renewedYear() == null)
                .setParameter(8, Date.valueOf(status.day()))
                .executeUpdate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
