package com.partnerportal.web.support;

import com.partnerportal.core.review.CertificationClaim;
import com.partnerportal.core.review.ReviewModel;
import java.math.BigDecimal;

/** The limits the portal's input must keep, each defined once: the database's columns hold no more. */
public final class Limits {

    /** The largest amount a {@code numeric(14,2)} column holds: ACR months, the simulator's amounts. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** Ids (partner, customer, MCID): the columns hold 64 characters. */
    public static final int ID = 64;
    /** Names and references. */
    public static final int NAME = 200;
    /** An identity provider's subject. */
    public static final int SUBJECT = 255;
    /** An e-mail address (RFC 5321's longest). */
    public static final int EMAIL = 320;
    /** A review queue filter's age in days. */
    public static final int DAYS = 3650;
    /** A hypothetical deployment's service level in the simulator. */
    public static final int SERVICE_LEVEL_MIN = 1;
    public static final int SERVICE_LEVEL_MAX = 9;

    /**
     * Specializations a partner may be recorded to hold under the other Azure solutions designations (Infrastructure,
     * Digital &amp; App Innovation): more than either designation offers, a bound against typing errors.
     */
    public static final int OTHER_AZURE_SPECIALIZATIONS = 30;

    /** A certification's id (the {@code certification} table's column). */
    public static final int CERTIFICATION = 100;

    /** The limits a form's fields show ({@code maxlength}): templates read them as {@code fieldMax}. */
    public record Fields(int id, int name, int subject, int email, int reason, int days, int serviceLevelMin,
            int serviceLevelMax, int proof) {
    }

    public static final Fields FIELDS = new Fields(ID, NAME, SUBJECT, EMAIL, ReviewModel.MAX_REASON, DAYS,
            SERVICE_LEVEL_MIN, SERVICE_LEVEL_MAX, CertificationClaim.MAX_PROOF);

    private Limits() {
    }
}
