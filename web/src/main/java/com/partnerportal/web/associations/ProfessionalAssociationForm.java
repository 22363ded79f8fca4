package com.partnerportal.web.associations;

import com.partnerportal.web.support.Text;
import jakarta.validation.constraints.Pattern;
import com.partnerportal.web.support.Forms;
import org.jboss.resteasy.reactive.RestForm;

/** A partner admin's claim that a certified professional (by MCID) works for the partner. */
public class ProfessionalAssociationForm {

    @RestForm
    @Text(max = 64, required = true, what = "the professional's MCID")
    public String personId;

    @RestForm
    @Text(max = 200)
    public String name;

    @RestForm
    @Text(max = 320)
    @Pattern(regexp = Forms.EMAIL, message = "not an e-mail address")
    public String email;
}
