package com.partnerportal.web.imports;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.EvidenceValidationException;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "portal.imports.transaction-timeout")
    int transactionTimeoutSeconds;

    /**
     * Reads, checks and imports one partner's evidence v1 JSON; 400 with every problem, nothing imported. Its
     * associations arrive for review unless the program admin marked the import a verified source.
     */
    public ImportResult evidence(InputStream json, String actor, String source, boolean verifiedSource) {
        Evidence evidence = parse(json);
        return longTransaction(() -> evidenceImports.importEvidence(evidence, actor, source + " at " + Instant.now(),
                verifiedSource));
    }

    /**
     * The import's transaction, begun here with {@code portal.imports.transaction-timeout} instead of the default 60 s
     * (a caller already in a transaction — the demo data — keeps its own).
     */
    <T> T longTransaction(Callable<T> work) {
        return QuarkusTransaction.joiningExisting().timeout(transactionTimeoutSeconds).call(work);
    }

    /**
     * A transaction of its own with {@code portal.imports.transaction-timeout}, never the caller's: the ACR import's
     * rows, which must have committed before its ledger step.
     */
    <T> T ownLongTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(work);
    }

    /** The imports' transaction timeout, in seconds. */
    public int transactionTimeoutSeconds() {
        return transactionTimeoutSeconds;
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

    /**
     * Imports ACR telemetry CSV; 400 with every problem by line and column, nothing imported. The rows are written in
     * a transaction of their own (with the imports' timeout; never the caller's, as the step after needs them
     * committed), then the open months of the partners they changed are kept current in short transactions of a chunk
     * each ({@link AcrCsvImportService#keepOpenMonths}): no reviewer's decision waits for the whole import.
     */
    public AcrImportResult acr(Reader csv, String actor, String source) {
        AcrCsvImportService.Imported imported = ownLongTransaction(
                () -> acrImports.importRows(csv, actor, source + " at " + Instant.now()));
        acrImports.keepOpenMonths(imported.changedPartners());
        return imported.result();
    }

    /**
     * Reads (as it streams in: {@code EvidenceJson.read(InputStream)}, with its caps) and checks an evidence file;
     * every problem is reported, each naming its JSON path.
     */
    static Evidence parse(InputStream json) {
        Evidence evidence;
        try {
            evidence = EvidenceJson.read(json == null ? InputStream.nullInputStream() : json);
        } catch (EvidenceValidationException e) {
            throw rejected(e.problems());
        } catch (UncheckedIOException e) {
            throw ProblemException.badRequest("The evidence file could not be read; nothing was imported.",
                    List.of("$: " + e.getCause().getMessage()));
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
