package com.partnerportal.web.admin;

import com.partnerportal.core.evidence.PartnerId;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.support.Forms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A program admin's partner: its id (on creation only), name and anniversary date. */
public class PartnerForm {

    /** A partner id: core's one rule ({@link PartnerId}). */
    static final String ID_PATTERN = PartnerId.PATTERN;

    @RestForm
    public String partnerId;

    @RestForm
    public String name;

    @RestForm
    public String anniversaryDate;

    @RestForm
    public String version;

    /** Field → message for every problem; {@code creating} also checks the id. */
    public Map<String, String> validate(boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            String id = Forms.blankToNull(partnerId);
            if (id == null) {
                errors.put("partnerId", "enter the partner id, such as P-1001");
            } else if (!id.matches(ID_PATTERN)) {
                errors.put("partnerId", "at most 64 letters, digits, dots, dashes or underscores, starting with a"
                        + " letter or digit");
            }
        }
        Forms.required(errors, "name", name, 200, "the partner's name");
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
