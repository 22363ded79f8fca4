package com.partnerportal.web.associations;

import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.Text;
import jakarta.validation.constraints.Pattern;
import com.partnerportal.web.support.Forms;
import org.jboss.resteasy.reactive.RestForm;

/** A partner admin's claim that a certified professional (by MCID) works for the partner. */
public class ProfessionalAssociationForm {

    /** Set by the "Save as draft" button: the new association is kept as a draft, not submitted. */
    @RestForm
    public String draft;


    @RestForm
    @Text(max = Limits.ID, required = true, what = "the professional's MCID")
    public String personId;

    @RestForm
    @Text(max = Limits.NAME)
    public String name;

    @RestForm
    @Text(max = Limits.EMAIL)
    @Pattern(regexp = Forms.EMAIL, message = "not an e-mail address")
    public String email;
}
