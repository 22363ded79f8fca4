package com.partnerportal.web.admin;

import com.partnerportal.core.evidence.PartnerId;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.PartnerIdentifier;
import com.partnerportal.web.support.PartnerIdentifierValidator;
import com.partnerportal.web.support.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A program admin's partner: its id (on creation only), name and anniversary date. */
public class PartnerForm {

    /** A partner id (on creation): core's one rule ({@link PartnerId}), checked by {@link PartnerIdentifier}. */
    @RestForm
    @PartnerIdentifier
    public String partnerId;

    @RestForm
    @Text(max = Limits.NAME, required = true, what = "the partner's name")
    public String name;

    @RestForm
    public String anniversaryDate;

    @RestForm
    public String version;

    /**
     * Field → message for every problem: the id (required when {@code creating}; an edit keeps its id), the fields'
     * constraints ({@code fieldErrors}, from Hibernate Validator: the id's {@link PartnerIdentifier}, the name's
     * {@code Text}) and the anniversary date, which must parse.
     */
    public Map<String, String> validate(boolean creating, Map<String, String> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating && Forms.blankToNull(partnerId) == null) {
            errors.put("partnerId", PartnerIdentifierValidator.problem(partnerId, true));
        }
        fieldErrors.forEach((field, message) -> {
            if (creating || !field.equals("partnerId")) {
                errors.putIfAbsent(field, message);
            }
        });
        if (anniversary() == null) {
            errors.put("anniversaryDate", "enter the anniversary date (YYYY-MM-DD)");
        }
        return errors;
    }

    /** The anniversary date, or null when missing or not a date between 1990 and 2100. */
    LocalDate anniversary() {
        String value = Forms.blankToNull(anniversaryDate);
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() < 1990 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static PartnerForm empty() {
        return new PartnerForm();
    }

    public static PartnerForm of(PartnerEntity partner) {
        PartnerForm form = new PartnerForm();
        form.partnerId = partner.partnerId;
        form.name = partner.name;
        form.anniversaryDate = partner.anniversaryDate == null ? null : partner.anniversaryDate.toString();
        form.version = String.valueOf(partner.version);
        return form;
    }
}
