package com.partnerportal.web.admin;

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
    public String subject;

    @RestForm
    public String email;

    @RestForm
    public String role;

    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String s = Forms.blankToNull(subject);
        String e = Forms.blankToNull(email);
        if (s == null && e == null) {
            errors.put("subject", "enter the user's subject or e-mail");
        }
        Forms.optional(errors, "subject", subject, 255);
        Forms.optional(errors, "email", email, 320);
        if (e != null && !errors.containsKey("email") && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "not an e-mail address");
        }
        if (!MembershipEntity.PARTNER_USER.equals(role) && !MembershipEntity.PARTNER_ADMIN.equals(role)) {
            errors.put("role", "choose partner-user or partner-admin");
        }
        return errors;
    }

    public static MembershipForm empty() {
        MembershipForm form = new MembershipForm();
        form.role = MembershipEntity.PARTNER_USER;
        return form;
    }
}
