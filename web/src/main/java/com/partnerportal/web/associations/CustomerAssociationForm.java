package com.partnerportal.web.associations;

import com.partnerportal.core.evidence.Segment;
import com.partnerportal.persistence.association.AssociationType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A partner admin's claim that a customer is attributed to the partner through PAL, DPOR or CSP. */
public class CustomerAssociationForm {

    @RestForm
    public String customerId;

    @RestForm
    public String customerName;

    @RestForm
    public String segment;

    @RestForm
    public String type;

    @RestForm
    public String reference;

    /** Field → message for every problem; empty when the form is valid. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        Forms.required(errors, "customerId", customerId, 64, "the customer's tenant or customer id");
        Forms.optional(errors, "customerName", customerName, 200);
        if (segment != null && !segment.isBlank() && Forms.parse(Segment.class, segment) == null) {
            errors.put("segment", "choose SMB, SMC or ENTERPRISE");
        }
        if (Forms.parse(AssociationType.class, type) == null) {
            errors.put("type", "choose PAL, DPOR or CSP");
        }
        Forms.required(errors, "reference", reference, 200, "the PAL partner id, DPOR record or CSP subscription id");
        return errors;
    }

    public static CustomerAssociationForm empty() {
        CustomerAssociationForm form = new CustomerAssociationForm();
        form.type = AssociationType.PAL.name();
        form.segment = Segment.SMB.name();
        return form;
    }
}
