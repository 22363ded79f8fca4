package com.partnerportal.web.associations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A partner admin's claim that a certified professional (by MCID) works for the partner. */
public class ProfessionalAssociationForm {

    @RestForm
    public String personId;

    @RestForm
    public String name;

    @RestForm
    public String email;

    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        Forms.required(errors, "personId", personId, 64, "the professional's MCID");
        Forms.optional(errors, "name", name, 200);
        Forms.optional(errors, "email", email, 320);
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "not an e-mail address");
        }
        return errors;
    }
}
