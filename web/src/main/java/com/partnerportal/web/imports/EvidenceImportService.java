package com.partnerportal.web.imports;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.evidence.EvidenceWriter;
import com.partnerportal.persistence.evidence.ImportApprovals;
import com.partnerportal.web.operations.MeteredImport;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Imports one partner's evidence v1 in a single transaction: {@link EvidenceWriter} upserts every record on its
 * natural key, so importing the same file again changes nothing; {@link ImportApprovals} approves the attributions
 * and professionals through the review model, each approval audited with the name of the import. Check {@link EvidenceLimits} first: a file that breaks a
 * database limit is rejected whole, before anything is written.
 */
@ApplicationScoped
public class EvidenceImportService {

    @Inject
    EvidenceWriter writer;

    @Inject
    ImportApprovals approvals;

    @Inject
    AuditLog audit;

    @Inject
    ScoreLedger ledger;

    /**
     * Imports one partner's evidence in one transaction. Its associations go through the one review model: they
     * arrive SUBMITTED for review, unless the program admin marked the import a {@code verifiedSource} (for
     * instance Partner Center's own association export), in which case each is approved with the admin as decider
     * and the import's id as the reason; a rejection or withdrawal stands either way. One audit event per
     * association moved, and one for the import.
     */
    @Transactional
    @MeteredImport("evidence")
    public ImportResult importEvidence(Evidence evidence, String actor, String importName, boolean verifiedSource) {
        String partnerId = evidence.partner().id();
        String importId = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        EvidenceWriter.Written written = writer.write(evidence);
        ImportApprovals.Outcome outcome = approvals.apply(evidence, written,
                new ImportApprovals.ImportRequest(actor, importName, importId, verifiedSource));
        ImportResult result = new ImportResult(partnerId, importId, verifiedSource, evidence.customers().size(),
                evidence.customers().stream().mapToInt(c -> c.acr().size()).sum(),
                evidence.professionals().size(),
                evidence.professionals().stream().mapToInt(p -> p.certifications().size()).sum(),
                evidence.deployments().size(), evidence.specializations().size(), outcome.approved(),
                outcome.submitted(), outcome.kept(), written.changedRows() + outcome.moved());
        if (result.changedRows() > 0) {
            audit.record(actor, "EVIDENCE_IMPORTED", partnerId, "partner", partnerId, null, summary(result),
                    importName + " (" + importId + (verifiedSource ? ", verified source" : "") + ")");
            // The open month's scorecard follows in this transaction; closed months stay as recorded.
            ledger.evidenceChanged(partnerId);
        }
        return result;
    }

    private static Map<String, Object> summary(ImportResult r) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("customers", r.customers());
        summary.put("acrMonths", r.acrMonths());
        summary.put("professionals", r.professionals());
        summary.put("certifications", r.certifications());
        summary.put("deployments", r.deployments());
        summary.put("specializations", r.specializations());
        summary.put("importId", r.importId());
        summary.put("verifiedSource", r.verifiedSource());
        summary.put("associationsApproved", r.associationsApproved());
        summary.put("associationsSubmitted", r.associationsSubmitted());
        summary.put("associationsKept", r.kept().size());
        summary.put("changedRows", r.changedRows());
        return summary;
    }
}
