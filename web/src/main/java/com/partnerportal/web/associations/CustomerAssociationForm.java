package com.partnerportal.web.associations;

import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.OneOf;
import com.partnerportal.web.support.Text;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.persistence.association.AssociationType;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner admin's claim that a customer is attributed to the partner through PAL, DPOR or CSP; its constraints are
 * checked by Hibernate Validator ({@code FormValidation}).
 */
public class CustomerAssociationForm {

    /** Set by the "Save as draft" button: the new association is kept as a draft, not submitted. */
    @RestForm
    public String draft;


    @RestForm
    @Text(max = Limits.ID, required = true, what = "the customer's tenant or customer id")
    public String customerId;

    @RestForm
    @Text(max = Limits.NAME)
    public String customerName;

    @RestForm
    @OneOf(Segment.class)
    public String segment;

    @RestForm
    @OneOf(value = AssociationType.class, required = true)
    public String type;

    @RestForm
    @Text(max = Limits.NAME, required = true, what = "the PAL partner id, DPOR record or CSP subscription id")
    public String reference;

    public static CustomerAssociationForm empty() {
        CustomerAssociationForm form = new CustomerAssociationForm();
        form.type = AssociationType.PAL.name();
        form.segment = Segment.SMB.name();
        return form;
    }
}
