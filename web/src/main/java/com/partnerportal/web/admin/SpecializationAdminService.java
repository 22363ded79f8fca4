package com.partnerportal.web.admin;

import com.partnerportal.core.program.Specialization;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.partner.SpecializationEntity;
import com.partnerportal.persistence.partner.SpecializationRepository;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Program admins maintain the specializations a partner holds (issue 12, point 7): the nine of Data &amp; AI with the
 * day each was earned, and the count held under the other Azure designations. Each change is audited with what was
 * before and after, and the partner's open month is rescored in the same transaction (the specializations decide the
 * benefits that stack and the designation's standing).
 */
@ApplicationScoped
public class SpecializationAdminService {

    /** One row of the page: a Data &amp; AI specialization, and the day the partner earned it (null: not held). */
    public record Held(Specialization specialization, LocalDate earned) {

        public String id() {
            return specialization.name();
        }

        public String name() {
            return specialization.displayName();
        }
    }

    @Inject
    SpecializationRepository specializations;

    @Inject
    PartnerRepository partners;

    @Inject
    AuditLog audit;

    @Inject
    FormValidation forms;

    @Inject
    ScoreLedger ledger;

    /** The nine, in the guide's order, each with the day the partner earned it if it holds it. */
    @Transactional
    public List<Held> held(String partnerId) {
        Map<Specialization, LocalDate> earned = new EnumMap<>(Specialization.class);
        for (SpecializationEntity row : specializations.held(partnerId)) {
            earned.put(Specialization.valueOf(row.specializationId), row.earned);
        }
        return java.util.Arrays.stream(Specialization.values()).map(s -> new Held(s, earned.get(s))).toList();
    }

    /** Records that the partner holds the specialization since the day given (a new one, or a corrected date). */
    @Transactional
    public void hold(String partnerId, SpecializationForm form, String actor) {
        Map<String, String> errors = forms.errors(form);
        if (!errors.containsKey("earned") && form.earnedOn().isAfter(ledger.today())) {
            errors = new LinkedHashMap<>(errors);
            errors.put("earned", "a day in the future; enter the day it was earned");
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        Specialization chosen = form.chosen();
        Optional<LocalDate> before = specializations.held(partnerId, chosen.name()).map(row -> row.earned);
        if (before.isPresent() && before.get().equals(form.earnedOn())) {
            return;
        }
        specializations.hold(partnerId, chosen.name(), form.earnedOn());
        audit.record(actor, "SPECIALIZATION_HELD", partnerId, "specialization", chosen.name(),
                before.map(day -> state(chosen, day)).orElse(null), state(chosen, form.earnedOn()), null);
        ledger.evidenceChanged(partnerId);
    }

    /** Records that the partner no longer holds the specialization; 409 when it does not hold it (any more). */
    @Transactional
    public void drop(String partnerId, String specialization, String actor) {
        Specialization chosen = Forms.parse(Specialization.class, specialization);
        if (chosen == null) {
            throw new FormErrors(Map.of("specialization", "choose one of " + Forms.choices(Forms.names(Specialization.class))));
        }
        Optional<LocalDate> before = specializations.held(partnerId, chosen.name()).map(row -> row.earned);
        if (before.isEmpty() || !specializations.drop(partnerId, chosen.name())) {
            throw ProblemException.conflict(partnerId + " does not hold " + chosen.displayName()
                    + " (any more): reload the page.");
        }
        audit.record(actor, "SPECIALIZATION_DROPPED", partnerId, "specialization", chosen.name(),
                state(chosen, before.get()), null, null);
        ledger.evidenceChanged(partnerId);
    }

    /** Sets how many specializations the partner holds under the other Azure designations; 409 on a stale page. */
    @Transactional
    public void other(String partnerId, OtherSpecializationsForm form, String actor) {
        Map<String, String> errors = new LinkedHashMap<>(forms.errors(form));
        if (!errors.containsKey("count") && form.value() > Limits.OTHER_AZURE_SPECIALIZATIONS) {
            errors.put("count", "enter a number from 0 to " + Limits.OTHER_AZURE_SPECIALIZATIONS);
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        PartnerEntity partner = partners.findById(partnerId);
        PartnerVersionCheck.require(partner, form.version);
        int before = partner.otherAzureSpecializations;
        if (before == form.value()) {
            return;
        }
        partner.otherAzureSpecializations = form.value();
        partners.flush();
        audit.record(actor, "OTHER_AZURE_SPECIALIZATIONS_SET", partnerId, "partner", partnerId,
                Map.of("otherAzureSpecializations", before), Map.of("otherAzureSpecializations", form.value()), null);
        ledger.evidenceChanged(partnerId);
    }

    private static Map<String, Object> state(Specialization specialization, LocalDate earned) {
        return Map.of("specialization", specialization.name(), "earned", earned.toString());
    }
}
