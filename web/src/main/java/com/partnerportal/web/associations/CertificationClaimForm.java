package com.partnerportal.web.associations;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner admin's certification link for one of the partner's professionals: the professional (MCID), the
 * certification (a catalogue id of the rule set in force, or OTHER with its name), earned and expiry dates
 * (YYYY-MM-DD) and the proof. Checked by core's {@code CertificationClaim.problems}.
 */
public class CertificationClaimForm {

    /** Set by the "Save as draft" button: the new association is kept as a draft, not submitted. */
    @RestForm
    public String draft;


    @RestForm
    public String personId;

    @RestForm
    public String certificationId;

    @RestForm
    public String otherName;

    @RestForm
    public String earned;

    @RestForm
    public String expires;

    @RestForm
    public String proof;
}
