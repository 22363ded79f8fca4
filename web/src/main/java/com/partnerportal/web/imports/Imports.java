package com.partnerportal.web.imports;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.EvidenceValidationException;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;
import java.time.Instant;
import java.util.List;

/**
 * The two imports as the API and the admin page start them: an evidence file (read, checked, imported) and an ACR
 * CSV, each named for the audit trail by where it came from and when.
 */
@ApplicationScoped
public class Imports {

    @Inject
    EvidenceImportService evidenceImports;

    @Inject
    AcrCsvImportService acrImports;

    /**
     * Reads, checks and imports one partner's evidence v1 JSON; 400 with every problem, nothing imported. Its
     * associations arrive for review unless the program admin marked the import a verified source.
     */
    public ImportResult evidence(String json, String actor, String source, boolean verifiedSource) {
        return evidenceImports.importEvidence(parse(json), actor, source + " at " + Instant.now(), verifiedSource);
    }

    /** The verifiedSource flag of the API and the admin form: absent, false, or true ("on" from a checkbox). */
    public static boolean verifiedSource(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.equals("on")) {
            return true;
        }
        throw ProblemException.badRequest("Invalid parameter", List.of("verifiedSource: true or false: " + value));
    }

    /** Imports ACR telemetry CSV; 400 with every problem by line and column, nothing imported. */
    public AcrImportResult acr(Reader csv, String actor, String source) {
        return acrImports.importCsv(csv, actor, source + " at " + Instant.now());
    }

    /** Reads and checks an evidence file; every problem is reported, each naming its JSON path. */
    static Evidence parse(String json) {
        Evidence evidence;
        try {
            evidence = EvidenceJson.read(json == null ? "" : json);
        } catch (EvidenceValidationException e) {
            throw rejected(e.problems());
        }
        List<Problem> limits = EvidenceLimits.check(evidence);
        if (!limits.isEmpty()) {
            throw rejected(limits);
        }
        return evidence;
    }

    private static ProblemException rejected(List<Problem> problems) {
        return ProblemException.badRequest("The evidence file was rejected; nothing was imported.",
                problems.stream().map(Problem::toString).toList());
    }
}
