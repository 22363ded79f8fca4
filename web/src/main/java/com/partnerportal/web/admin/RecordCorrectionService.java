package com.partnerportal.web.admin;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.corrections.RecordCorrections;
import com.partnerportal.persistence.corrections.RecordCorrections.CertificationRecord;
import com.partnerportal.persistence.corrections.RecordCorrections.CustomerRecord;
import com.partnerportal.persistence.corrections.RecordCorrections.DeploymentRecord;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Program admins correct or remove imported records (issue 12, point 8): each change in place (no second row), audited
 * with the record before and after and the admin's reason, and the partner's open month rescored in the same
 * transaction. A record that is not there is the field's error (400, nothing written); a correction that would merge
 * two records is a 409.
 */
@ApplicationScoped
public class RecordCorrectionService {

    @Inject
    RecordCorrections records;

    @Inject
    AuditLog audit;

    @Inject
    FormValidation forms;

    @Inject
    ScoreLedger ledger;

    /** Sets a customer's ACR of a month, or removes it when no amount is given. */
    @Transactional
    public void acr(String partnerId, CorrectionForms.Acr form, String actor) {
        check(form, Map.of());
        CustomerRecord customer = customer(partnerId, form.customer);
        YearMonth month = form.yearMonth();
        Optional<BigDecimal> before = records.acr(partnerId, customer.ref(), month);
        BigDecimal amount = form.value();
        if (amount == null) {
            if (before.isEmpty() || !records.removeAcr(partnerId, customer.ref(), month)) {
                throw new FormErrors(Map.of("amount", customer.customerId() + " has no ACR in " + month
                        + " to remove; enter the corrected amount"));
            }
        } else if (before.isPresent() && before.get().compareTo(amount) == 0) {
            return;
        } else {
            records.setAcr(partnerId, customer.ref(), month, amount);
        }
        String entity = customer.customerId() + "/" + month;
        audit.record(actor, amount == null ? "ACR_REMOVED" : "ACR_CORRECTED", partnerId, "acr_month", entity,
                before.map(value -> acrState(customer, month, value)).orElse(null),
                amount == null ? null : acrState(customer, month, amount), form.reason.strip());
        ledger.evidenceChanged(partnerId);
    }

    /** Gives a certification corrected dates (moving the row when the earned date changes), or removes it. */
    @Transactional
    public void certification(String partnerId, CorrectionForms.Certification form, String actor) {
        check(form, Map.of());
        LocalDate newEarned = CorrectionForms.Certification.date(form.newEarned);
        LocalDate newExpires = CorrectionForms.Certification.date(form.newExpires);
        if (!form.removing()) {
            Map<String, String> more = new LinkedHashMap<>();
            if (newEarned == null) {
                more.put("newEarned", "enter the corrected day it was earned (YYYY-MM-DD)");
            } else if (newEarned.isAfter(ledger.today())) {
                more.put("newEarned", "a day in the future; enter the day it was earned");
            } else if (newExpires != null && newExpires.isBefore(newEarned)) {
                more.put("newExpires", "expires before it was earned");
            }
            check(form, more);
        }
        LocalDate earned = CorrectionForms.Certification.date(form.earned);
        CertificationRecord found = records.certification(partnerId, form.person.strip(), form.certification.strip(),
                earned).orElseThrow(() -> new FormErrors(Map.of("earned", "no certification " + form.certification.strip()
                        + " of " + form.person.strip() + " earned on " + earned + " is recorded for " + partnerId)));
        if (form.removing()) {
            records.removeCertification(found, partnerId);
            audit.record(actor, "CERTIFICATION_REMOVED", partnerId, "certification", entity(found),
                    certificationState(found.earned(), found.expires(), found), null, form.reason.strip());
        } else {
            if (found.earned().equals(newEarned) && java.util.Objects.equals(found.expires(), newExpires)) {
                return;
            }
            if (!records.correctCertification(found, partnerId, newEarned, newExpires)) {
                throw ProblemException.conflict(found.personId() + " holds " + found.certificationId()
                        + " earned on " + newEarned + " already: remove one of the two instead of correcting.");
            }
            audit.record(actor, "CERTIFICATION_CORRECTED", partnerId, "certification", entity(found),
                    certificationState(found.earned(), found.expires(), found),
                    certificationState(newEarned, newExpires, found), form.reason.strip());
        }
        ledger.evidenceChanged(partnerId);
    }

    /** Removes one deployment of a customer. */
    @Transactional
    public void removeDeployment(String partnerId, CorrectionForms.Deployment form, String actor) {
        check(form, Map.of());
        CustomerRecord customer = customer(partnerId, form.customer);
        LocalDate deployed = LocalDate.parse(form.deployed.strip());
        DeploymentRecord found = records.deployment(partnerId, customer.ref(), form.service.strip(),
                Integer.parseInt(form.level.strip()), deployed).orElseThrow(() -> new FormErrors(Map.of("service",
                        "no deployment of " + form.service.strip() + " at level " + form.level.strip() + " on "
                                + deployed + " is recorded for " + customer.customerId())));
        records.removeDeployment(partnerId, found.id());
        audit.record(actor, "DEPLOYMENT_REMOVED", partnerId, "deployment", String.valueOf(found.id()),
                Map.of("customer", found.customerId(), "service", found.service(), "serviceLevel",
                        found.serviceLevel(), "deployedOn", found.deployedOn().toString()), null, form.reason.strip());
        ledger.evidenceChanged(partnerId);
    }

    /** Removes a customer with its associations, ACR and deployments. */
    @Transactional
    public void removeCustomer(String partnerId, CorrectionForms.Customer form, String actor) {
        check(form, Map.of());
        CustomerRecord customer = customer(partnerId, form.customer);
        records.removeCustomer(partnerId, customer.ref());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("customer", customer.customerId());
        before.put("name", customer.name());
        before.put("segment", customer.segment());
        before.put("associations", customer.associations());
        before.put("acrMonths", customer.acrMonths());
        before.put("deployments", customer.deployments());
        audit.record(actor, "CUSTOMER_REMOVED", partnerId, "customer", customer.customerId(), before, null,
                form.reason.strip());
        ledger.evidenceChanged(partnerId);
    }

    private void check(Object form, Map<String, String> more) {
        Map<String, String> errors = new LinkedHashMap<>(forms.errors(form));
        more.forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
    }

    private CustomerRecord customer(String partnerId, String customerId) {
        return records.customer(partnerId, customerId.strip()).orElseThrow(() -> new FormErrors(Map.of("customer",
                "no customer " + customerId.strip() + " is recorded for " + partnerId)));
    }

    private static String entity(CertificationRecord found) {
        return found.personId() + "/" + found.certificationId();
    }

    private static Map<String, Object> acrState(CustomerRecord customer, YearMonth month, BigDecimal amount) {
        return Map.of("customer", customer.customerId(), "month", month.toString(), "amount", amount.toPlainString());
    }

    private static Map<String, Object> certificationState(LocalDate earned, LocalDate expires,
            CertificationRecord found) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("person", found.personId());
        state.put("certification", found.certificationId());
        state.put("earned", earned.toString());
        state.put("expires", expires == null ? null : expires.toString());
        return state;
    }
}
