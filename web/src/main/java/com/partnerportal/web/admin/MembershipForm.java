package com.partnerportal.web.admin;

import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.web.support.Forms;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A person to add to a partner by the identity provider's subject, with a role. Someone whose subject is not known
 * is invited by e-mail instead ({@code web.invitations.InvitationForm}).
 */
public class MembershipForm {

    @RestForm
    @Text(max = Limits.SUBJECT)
    public String subject;

    @RestForm
    @NotNull(message = ROLES)
    @Pattern(regexp = MembershipEntity.PARTNER_USER + "|" + MembershipEntity.PARTNER_ADMIN, message = ROLES)
    public String role;

    static final String ROLES = "choose " + MembershipEntity.PARTNER_USER + " or " + MembershipEntity.PARTNER_ADMIN;

    /**
     * Field → message for every problem: the fields' constraints ({@code fieldErrors}, from Hibernate Validator) and
     * the subject, which is required.
     */
    public Map<String, String> validate(Map<String, String> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.blankToNull(subject) == null) {
            errors.put("subject", "enter the user's subject (to add someone by e-mail, invite them)");
        }
        fieldErrors.forEach(errors::putIfAbsent);
        return errors;
    }

    public static MembershipForm empty() {
        MembershipForm form = new MembershipForm();
        form.role = MembershipEntity.PARTNER_USER;
        return form;
    }
}
