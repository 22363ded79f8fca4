package com.partnerportal.web.api;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.EvidenceValidationException;
import com.partnerportal.core.evidence.json.Problem;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.imports.AcrCsvImportService;
import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.imports.EvidenceLimits;
import com.partnerportal.web.imports.ImportResult;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Program admins import evidence files and ACR telemetry; each import is all or nothing. */
@Path("/api/v1/imports")
@RolesAllowed(Roles.PROGRAM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    EvidenceImportService evidenceImports;

    @Inject
    AcrCsvImportService acrImports;

    @Inject
    CurrentUser user;

    @POST
    @Path("evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one partner's evidence v1 JSON (upserts). Associations arrive SUBMITTED for review;"
            + " with verifiedSource=true (a verified source such as Partner Center's association export) they are"
            + " approved by the calling program admin. A rejected or withdrawn association is never changed.")
    public ImportResult importEvidence(String json, @QueryParam("verifiedSource") String verifiedSource) {
        return evidenceImports.importEvidence(parse(json), user.actor(), "api evidence import at " + Instant.now(),
                verified(verifiedSource));
    }

    /** The verifiedSource flag: absent or false, or true; anything else is a 400. */
    public static boolean verified(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.equals("on")) {
            return true;
        }
        throw ProblemException.badRequest("Invalid parameter", List.of("verifiedSource: true or false: " + value));
    }

    @POST
    @Path("acr")
    @Consumes("text/csv")
    @Operation(summary = "Import ACR telemetry CSV: partner_id,customer_id,month,acr_usd")
    public AcrImportResult importAcr(InputStream csv) {
        return acrImports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), user.actor(),
                "api ACR import at " + Instant.now());
    }

    /** Reads and checks an evidence file; every problem is reported, each naming its JSON path. */
    public static Evidence parse(String json) {
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
