package com.partnerportal.web.imports;

import com.partnerportal.web.operations.ImportedRows;

/**
 * What an evidence import did: how many records the file held, and how many rows it inserted or changed
 * (0 when the same data was imported before).
 */
public record ImportResult(String partnerId, int customers, int acrMonths, int professionals, int certifications,
        int deployments, int specializations, int associationsApproved, int changedRows) implements ImportedRows {

    /** The records the file held: customers, their ACR months, professionals, certifications, deployments, specializations. */
    @Override
    public long importedRows() {
        return (long) customers + acrMonths + professionals + certifications + deployments + specializations;
    }
}
