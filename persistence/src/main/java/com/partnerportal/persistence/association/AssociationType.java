package com.partnerportal.persistence.association;

/** How a customer is attributed to the partner: Partner Admin Link, Digital Partner of Record, or CSP. */
public enum AssociationType {
    PAL, DPOR, CSP
}
