package com.partnerportal.web.admin;

import com.partnerportal.web.support.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * How many specializations the partner holds under the other Azure solutions designations (Infrastructure, Digital &amp;
 * App Innovation): what the stacking cap counts against, with the version of the partner the admin looked at.
 */
public class OtherSpecializationsForm {

    @RestForm
    @NotBlank(message = "enter a number from 0 to " + Limits.OTHER_AZURE_SPECIALIZATIONS)
    @Pattern(regexp = "\\s*(\\d|[1-9]\\d)\\s*", message = "enter a number from 0 to " + Limits.OTHER_AZURE_SPECIALIZATIONS)
    public String count;

    @RestForm
    public String version;

    /** The count; valid once the form's checks passed (and at most {@link Limits#OTHER_AZURE_SPECIALIZATIONS}). */
    int value() {
        return Integer.parseInt(count.strip());
    }

    static OtherSpecializationsForm of(int count, long version) {
        OtherSpecializationsForm form = new OtherSpecializationsForm();
        form.count = String.valueOf(count);
        form.version = String.valueOf(version);
        return form;
    }
}
