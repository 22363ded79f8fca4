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
 * A person to add to a partner: by the identity provider's subject, or by e-mail (bound to the subject when that
 * person first signs in with a verified e-mail), with a role.
 */
public class MembershipForm {

    @RestForm
    @Text(max = Limits.SUBJECT)
    public String subject;

    @RestForm
    @Text(max = Limits.EMAIL)
    @Pattern(regexp = Forms.EMAIL, message = "not an e-mail address")
    public String email;

    @RestForm
    @NotNull(message = ROLES)
    @Pattern(regexp = MembershipEntity.PARTNER_USER + "|" + MembershipEntity.PARTNER_ADMIN, message = ROLES)
    public String role;

    static final String ROLES = "choose " + MembershipEntity.PARTNER_USER + " or " + MembershipEntity.PARTNER_ADMIN;

    /**
     * Field → message for every problem: the fields' constraints ({@code fieldErrors}, from Hibernate Validator) and
     * the rule across them, someone to add — a subject or an e-mail.
     */
    public Map<String, String> validate(Map<String, String> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.blankToNull(subject) == null && Forms.blankToNull(email) == null) {
            errors.put("subject", "enter the user's subject or e-mail");
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
