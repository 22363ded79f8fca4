package com.partnerportal.persistence.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded months the designation lifecycle reads (spec "Terms"): for each month the score ledger holds for a
 * partner, its latest version — the recorded (or restated) scorecard of a closed month, the open month's current
 * one. Months the ledger does not hold are not returned: they do not qualify.
 */
@ApplicationScoped
public class RecordedMonthsQuery {

    @Inject
    EntityManager em;

    /**
     * Every month the ledger holds for the partner, oldest first (its latest version). The specialization counts are
     * columns PostgreSQL derives from each stored scorecard (migration V130: which lines count as earned by the as-of
     * day is written there), so no scorecard is read whole.
     */
    @Transactional(TxType.SUPPORTS)
    public List<MonthOnRecord> months(String partnerId) {
        return em.unwrap(Session.class).createNativeQuery("""
                select distinct on (as_of) as_of, total, attained, path, data_ai_specializations_earned,
                       other_azure_specializations
                  from scorecard_ledger
                 where partner_id = ?1
                 order by as_of, version desc""", MonthRow.class)
                .setParameter(1, partnerId)
                .getResultStream()
                .map(row -> new MonthOnRecord(YearMonth.from(row.asOf()), row.total(), row.attained(), row.path(),
                        row.dataAiEarned(), row.otherAzureSpecializations()))
                .toList();
    }

    /** A month as PostgreSQL hands it over: Hibernate calls this constructor with the select list's values. */
    public record MonthRow(LocalDate asOf, Integer total, Boolean attained, String path, Integer dataAiEarned,
            Integer otherAzureSpecializations) {
    }
}
