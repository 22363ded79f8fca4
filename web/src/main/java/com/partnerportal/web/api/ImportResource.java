package com.partnerportal.web.api;

import com.partnerportal.web.imports.AcrCsvImportService.AcrImportResult;
import com.partnerportal.web.imports.ImportResult;
import com.partnerportal.web.imports.Imports;
import com.partnerportal.web.security.BodyLimits;
import com.partnerportal.web.security.CappedBody;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Program admins import evidence files and ACR telemetry; each import is all or nothing. */
@Path("/api/v1/imports")
@RolesAllowed(Roles.PROGRAM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Program admins import evidence files and ACR telemetry; each import is all or nothing")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "409", ref = "Conflict")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "503", ref = "ServiceUnavailable")
public class ImportResource {

    @Inject
    Imports imports;

    @Inject
    CurrentUser user;

    @Inject
    BodyLimits bodyLimits;

    @POST
    @Path("evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importEvidence",
            summary = "Import one partner's evidence v1 JSON (upserts). Associations arrive SUBMITTED for review;"
                    + " with verifiedSource=true (a verified source such as Partner Center's association export) they"
                    + " are approved by the calling program admin. A rejected or withdrawn association is never changed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Evidence")))
    @APIResponse(responseCode = "200", description = "Imported: how many records the file held, which path each"
            + " association took through review, and how many rows changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "imported", value = "{\"partnerId\":\"P-1001\",\"importId\":"
                            + "\"imp-1a2b3c4d\",\"verifiedSource\":false,\"customers\":4,\"acrMonths\":16,"
                            + "\"professionals\":5,\"certifications\":7,\"deployments\":3,\"specializations\":1,"
                            + "\"approved\":[],\"submitted\":[\"C-1/PAL\"],\"kept\":{\"C-2/PAL\":\"rejected: the"
                            + " decision stands\"},\"changedRows\":45}")))
    public ImportResult importEvidence(InputStream json, @Parameter(description = "true when the file is a verified source"
            + " (its associations are approved by the caller); absent or false: they arrive for review")
            @QueryParam("verifiedSource") String verifiedSource) {
        boolean verified = Imports.verifiedSource(verifiedSource);
        CappedBody body = bodyLimits.cap(json);
        try {
            return imports.evidence(body, user.actor(), "api evidence import", verified);
        } catch (RuntimeException e) {
            throw body.refusal(e);
        }
    }

    @POST
    @Path("acr")
    @Consumes("text/csv")
    @Operation(operationId = "importAcr", summary = "Import ACR telemetry CSV: partner_id,customer_id,month,acr_usd")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, description = "Header partner_id,customer_id,month,acr_usd, "
                    + "then one line per customer and month; months YYYY-MM, amounts in USD ≥ 0"),
            examples = @ExampleObject(name = "two rows", value = "partner_id,customer_id,month,acr_usd\n"
                    + "P-1001,C-1,2024-04,1200.50\nP-1001,C-2,2024-04,0\n")))
    @APIResponse(responseCode = "200", description = "Imported: rows read, rows inserted or changed, rows per partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AcrImportResult.class),
                    examples = @ExampleObject(name = "imported", value = "{\"rows\":2,\"changedRows\":2,"
                            + "\"rowsByPartner\":{\"P-1001\":2}}")))
    public AcrImportResult importAcr(InputStream csv) {
        CappedBody body = bodyLimits.cap(csv);
        try {
            return imports.acr(new InputStreamReader(body, StandardCharsets.UTF_8), user.actor(), "api ACR import");
        } catch (RuntimeException e) {
            throw body.refusal(e);
        }
    }
}
