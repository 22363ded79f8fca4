package com.partnerportal.web.demo;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Professional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves demo evidence into the present: every month and date shifted by the whole months between the file's
 * as-of month and the month asked for (the open month at seeding), so the demo shows a live program, not the
 * month the file was written in. Day-of-month is kept where the target month has it (else its last day).
 */
final class DemoDates {

    private DemoDates() {
    }

    static Evidence shiftTo(Evidence evidence, YearMonth asOf) {
        long months = ChronoUnit.MONTHS.between(evidence.asOf(), asOf);
        if (months == 0) {
            return evidence;
        }
        return new Evidence(asOf, evidence.partner(),
                evidence.customers().stream().map(c -> new Customer(c.id(), c.segment(), c.attributions(),
                        shiftAcr(c.acr(), months))).toList(),
                evidence.professionals().stream().map(p -> new Professional(p.id(), p.name(),
                        p.certifications().stream().map(cert -> new Certification(cert.id(),
                                cert.earned().plusMonths(months),
                                cert.expires() == null ? null : cert.expires().plusMonths(months))).toList())).toList(),
                evidence.deployments().stream().map(d -> new Deployment(d.customerId(), d.service(), d.serviceLevel(),
                        d.date().plusMonths(months))).toList(),
                evidence.specializations().stream().map(s -> new HeldSpecialization(s.id(),
                        s.earned() == null ? null : s.earned().plusMonths(months))).toList(),
                evidence.otherAzureSpecializations());
    }

    private static TreeMap<YearMonth, BigDecimal> shiftAcr(Map<YearMonth, BigDecimal> acr, long months) {
        TreeMap<YearMonth, BigDecimal> shifted = new TreeMap<>();
        acr.forEach((month, amount) -> shifted.put(month.plusMonths(months), amount));
        return shifted;
    }
}
