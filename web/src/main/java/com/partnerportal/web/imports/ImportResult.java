package com.partnerportal.web.imports;

import com.partnerportal.web.operations.ImportedRows;
import java.util.List;
import java.util.Map;

/**
 * What an evidence import did: its id and whether it was a verified source, how many records the file held, which
 * associations took which path through review (approved from a verified source, submitted for review, or kept as
 * they were, with why), and how many rows it inserted or changed (0 when the same data was imported before).
 */
public record ImportResult(String partnerId, String importId, boolean verifiedSource, int customers, int acrMonths,
        int professionals, int certifications, int deployments, int specializations, List<String> approved,
        List<String> submitted, Map<String, String> kept, int changedRows) implements ImportedRows {

    public ImportResult {
        approved = List.copyOf(approved);
        submitted = List.copyOf(submitted);
        kept = Map.copyOf(kept);
    }

    public int associationsApproved() {
        return approved.size();
    }

    public int associationsSubmitted() {
        return submitted.size();
    }

    /** The records the file held: customers, their ACR months, professionals, certifications, deployments, specializations. */
    @Override
    public long importedRows() {
        return (long) customers + acrMonths + professionals + certifications + deployments + specializations;
    }
}
