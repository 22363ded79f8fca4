package com.partnerportal.web.api;

import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.imports.ImportResult;
import com.partnerportal.web.imports.Imports;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Program admins import evidence files and ACR telemetry; each import is all or nothing. */
@Path("/api/v1/imports")
@RolesAllowed(Roles.PROGRAM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    Imports imports;

    @Inject
    CurrentUser user;

    @POST
    @Path("evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import one partner's evidence v1 JSON (upserts). Associations arrive SUBMITTED for review;"
            + " with verifiedSource=true (a verified source such as Partner Center's association export) they are"
            + " approved by the calling program admin. A rejected or withdrawn association is never changed.")
    public ImportResult importEvidence(String json, @QueryParam("verifiedSource") String verifiedSource) {
        return imports.evidence(json, user.actor(), "api evidence import", Imports.verifiedSource(verifiedSource));
    }

    @POST
    @Path("acr")
    @Consumes("text/csv")
    @Operation(summary = "Import ACR telemetry CSV: partner_id,customer_id,month,acr_usd")
    public AcrImportResult importAcr(InputStream csv) {
        return imports.acr(new InputStreamReader(csv, StandardCharsets.UTF_8), user.actor(), "api ACR import");
    }
}
