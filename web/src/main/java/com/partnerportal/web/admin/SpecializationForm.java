package com.partnerportal.web.admin;

import com.partnerportal.core.program.Specialization;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.IsoDate;
import com.partnerportal.web.support.OneOf;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** A Data &amp; AI specialization a program admin records for a partner: which one, and the day it was earned. */
public class SpecializationForm {

    @RestForm
    @OneOf(value = Specialization.class, required = true)
    public String specialization;

    @RestForm
    @NotBlank(message = "enter the day it was earned (YYYY-MM-DD)")
    @IsoDate
    public String earned;

    /** The specialization chosen; valid once the form's checks passed. */
    Specialization chosen() {
        return Forms.parse(Specialization.class, specialization);
    }

    /** The day earned; valid once the form's checks passed. */
    LocalDate earnedOn() {
        return LocalDate.parse(earned.strip());
    }

    public static SpecializationForm empty() {
        return new SpecializationForm();
    }
}
