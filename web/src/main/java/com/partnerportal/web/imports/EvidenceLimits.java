package com.partnerportal.web.imports;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.support.Limits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What evidence v1 must fit besides its JSON rules: the database's column limits (lengths, amounts) and the
 * months and dates the portal accepts. An import is refused whole when any is broken, before anything is written.
 */
public final class EvidenceLimits {

    private EvidenceLimits() {
    }

    /** Problems the JSON validation cannot see: the database's column limits. Empty when the file fits. */
    public static List<Problem> check(Evidence evidence) {
        List<Problem> problems = new ArrayList<>();
        if (!AsOf.inRange(evidence.asOf())) {
            problems.add(new Problem("asOf", AsOf.outOfRange(evidence.asOf())));
        }
        length(problems, "partner.id", evidence.partner().id(), 64);
        length(problems, "partner.name", evidence.partner().name(), 200);
        for (int i = 0; i < evidence.customers().size(); i++) {
            Customer customer = evidence.customers().get(i);
            length(problems, "customers[" + i + "].id", customer.id(), 64);
            String path = "customers[" + i + "].acr.";
            customer.acr().forEach((month, amount) -> {
                if (amount.compareTo(Limits.MAX_AMOUNT) > 0) {
                    problems.add(new Problem(path + month, "must be at most " + Limits.MAX_AMOUNT.toPlainString()));
                }
                if (!AsOf.inRange(month)) {
                    problems.add(new Problem(path + month, AsOf.outOfRange(month)));
                }
            });
        }
        for (int i = 0; i < evidence.professionals().size(); i++) {
            Professional professional = evidence.professionals().get(i);
            length(problems, "professionals[" + i + "].id", professional.id(), 64);
            length(problems, "professionals[" + i + "].name", professional.name(), 200);
            for (int j = 0; j < professional.certifications().size(); j++) {
                length(problems, "professionals[" + i + "].certifications[" + j + "].id",
                        professional.certifications().get(j).id(), 100);
            }
        }
        for (int i = 0; i < evidence.deployments().size(); i++) {
            length(problems, "deployments[" + i + "].service", evidence.deployments().get(i).service(), 200);
            date(problems, "deployments[" + i + "].date", evidence.deployments().get(i).date());
        }
        for (int i = 0; i < evidence.professionals().size(); i++) {
            List<Certification> certifications = evidence.professionals().get(i).certifications();
            for (int j = 0; j < certifications.size(); j++) {
                String path = "professionals[" + i + "].certifications[" + j + "].";
                date(problems, path + "earned", certifications.get(j).earned());
                date(problems, path + "expires", certifications.get(j).expires());
            }
        }
        for (int i = 0; i < evidence.specializations().size(); i++) {
            date(problems, "specializations[" + i + "].earned", evidence.specializations().get(i).earned());
        }
        return problems;
    }

    private static void date(List<Problem> problems, String path, LocalDate date) {
        if (date != null && !AsOf.inRange(YearMonth.from(date))) {
            problems.add(new Problem(path, "date out of range (" + AsOf.FIRST.atDay(1) + " … "
                    + AsOf.LAST.atEndOfMonth() + "): " + date));
        }
    }

    private static void length(List<Problem> problems, String path, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(path, "must be at most " + max + " characters"));
        }
    }
}
