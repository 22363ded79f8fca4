package com.partnerportal.core.evidence;

/** The eligible ways a customer is associated with the partner; any one of them makes it count. */
public enum Attribution {
    /** Partner Admin Link. */
    PAL,
    /** Digital Partner of Record. */
    DPOR,
    /** Cloud Solution Provider. */
    CSP
}
