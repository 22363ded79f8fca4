package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Designation;
import com.partnerportal.core.program.Subcategory;

/** The explanation of one metric: its points and why. */
public sealed interface MetricExplanation
        permits NetCustomerAddsExplanation, CertificationsExplanation, UsageGrowthExplanation, DeploymentsExplanation {

    Subcategory metric();

    int points();

    /** A one-sentence account of the points. */
    String why();

    default int max() {
        return Designation.DATA_AI_AZURE.maxPoints(metric());
    }
}
