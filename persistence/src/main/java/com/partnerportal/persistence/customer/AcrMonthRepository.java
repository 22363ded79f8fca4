package com.partnerportal.persistence.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.TreeMap;

/** Monthly Azure consumed revenue (ACR) per customer. */
@ApplicationScoped
public class AcrMonthRepository implements PanacheRepositoryBase<AcrMonthEntity, AcrMonthEntity.Key> {

    /** The latest month with ACR telemetry for the partner, if any. */
    public Optional<YearMonth> latestMonth(String partnerId) {
        LocalDate latest = getEntityManager().createQuery(
                        "select max(m.month) from AcrMonthEntity m where m.partnerId = :partner", LocalDate.class)
                .setParameter("partner", partnerId).getSingleResult();
        return Optional.ofNullable(latest).map(YearMonth::from);
    }

    /** One customer's ACR of the months {@code from} … {@code to} that have any, by month. */
    public TreeMap<YearMonth, BigDecimal> amounts(String partnerId, long customerRef, YearMonth from, YearMonth to) {
        TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
        getEntityManager().createQuery("""
                        select m from AcrMonthEntity m where m.partnerId = :partner and m.customerRef = :customer
                          and m.month between :from and :to order by m.month""", AcrMonthEntity.class)
                .setParameter("partner", partnerId).setParameter("customer", customerRef)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultStream().forEach(month -> acr.put(YearMonth.from(month.month), month.amount));
        return acr;
    }
}
