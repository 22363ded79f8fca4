package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.support.Forms;
import java.util.List;

/** The one check of a partner form's version: the page the admin saw must be of the partner as it is now. */
final class PartnerVersionCheck {

    private PartnerVersionCheck() {
    }

    /** 400 when the form carries no version, 409 when the partner changed since the form was opened. */
    static void require(PartnerEntity partner, String formVersion) {
        String version = Forms.blankToNull(formVersion);
        if (version == null || !version.matches("\\d{1,18}")) {
            throw ProblemException.badRequest("The form is incomplete; nothing was saved.",
                    List.of("version: the version of the partner you looked at is missing; reload the page"));
        }
        if (partner.version != Long.parseLong(version)) {
            throw ProblemException.conflict("Partner " + partner.partnerId + " was changed by someone else since you"
                    + " opened it. Reload it and try again.");
        }
    }
}
