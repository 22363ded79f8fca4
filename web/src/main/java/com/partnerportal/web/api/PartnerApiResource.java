package com.partnerportal.web.api;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.PartnerAccess;
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

/** A partner's evidence (program admins) and scorecard (its members and program staff) as JSON. */
@Path("/api/v1/partners/{partnerId}")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerApiResource {

    @Inject
    ScorecardService scorecards;

    @Inject
    PartnerAccess access;

    @GET
    @Path("evidence")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Export the partner's evidence v1 as of a month (approved associations only)")
    public String evidence(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.evidence(partnerId, month).map(EvidenceJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }

    @GET
    @Path("scorecard")
    @Operation(summary = "The partner's scorecard as of a month, as the score ledger has it (computed read-only when never recorded)")
    public String scorecard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        access.requireReadable(partnerId);
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.scorecard(partnerId, month).map(ScorecardJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }
}
