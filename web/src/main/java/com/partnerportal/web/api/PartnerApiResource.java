package com.partnerportal.web.api;

import io.quarkus.security.Authenticated;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's evidence (program admins) and scorecard (its members and program staff) as JSON. */
@Authenticated
@Path("/api/v1/partners/{partnerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "A partner's evidence and scorecard")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "ServiceUnavailable")
public class PartnerApiResource {

    @Inject
    ScorecardService scorecards;

    @GET
    @Path("evidence")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(operationId = "exportEvidence",
            summary = "Export the partner's evidence v1 as of a month (approved associations only)")
    @APIResponse(responseCode = "200", description = "The evidence file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Evidence")))
    public String evidence(@Parameter(description = "The partner id", example = "P-1001") @PathParam("partnerId") String partnerId,
            @Parameter(description = "The month, YYYY-MM; the latest with ACR telemetry when omitted",
                    schema = @Schema(ref = "Month")) @QueryParam("asOf") String asOf) {
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.evidence(partnerId, month).map(EvidenceJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }

    @GET
    @Path("scorecard")
    @Operation(operationId = "getScorecard",
            summary = "The partner's scorecard as of a month, as the score ledger has it (computed read-only when never recorded)")
    @APIResponse(responseCode = "200", description = "The scorecard with the explanation of every point",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Scorecard")))
    public String scorecard(@Parameter(description = "The partner id", example = "P-1001") @PathParam("partnerId") String partnerId,
            @Parameter(description = "The month, YYYY-MM; the latest with ACR telemetry when omitted",
                    schema = @Schema(ref = "Month")) @QueryParam("asOf") String asOf) {
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.scorecard(partnerId, month).map(ScorecardJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }
}
