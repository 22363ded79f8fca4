package com.partnerportal.web.invitations;

import com.partnerportal.core.membership.PartnerRole;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Whom to invite (an e-mail address) and with which partner role. */
public class InvitationForm {

    static final String ROLES = "choose partner-user or partner-admin";

    @RestForm
    @Text(max = Limits.EMAIL)
    @Pattern(regexp = Forms.EMAIL, message = "not an e-mail address")
    public String email;

    @RestForm
    @NotNull(message = ROLES)
    @Pattern(regexp = "partner-user|partner-admin", message = ROLES)
    public String role;

    /** The roles an invitation can give: the partner roles, never a staff role. */
    public static List<String> roles() {
        return Arrays.stream(PartnerRole.values()).map(PartnerRole::id).toList();
    }

    /** Field → message: the fields' constraints, and the address, which is required. */
    public Map<String, String> validate(Map<String, String> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.blankToNull(email) == null) {
            errors.put("email", "enter the e-mail address to send the invitation to");
        }
        fieldErrors.forEach(errors::putIfAbsent);
        return errors;
    }

    public static InvitationForm empty() {
        InvitationForm form = new InvitationForm();
        form.role = PartnerRole.PARTNER_USER.id();
        return form;
    }
}
