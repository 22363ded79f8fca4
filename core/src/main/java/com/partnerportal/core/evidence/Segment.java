package com.partnerportal.core.evidence;

/** A customer's market segment. */
public enum Segment {
    SMB, SMC, ENTERPRISE
}
