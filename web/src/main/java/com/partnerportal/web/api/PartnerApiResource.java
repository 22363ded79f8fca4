package com.partnerportal.web.api;

import io.quarkus.security.Authenticated;

import com.partnerportal.core.evidence.PartnerId;
import com.partnerportal.web.error.ProblemException;
import java.util.List;

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
@Authenticated
@Path("/api/v1/partners/{partnerId}")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerApiResource {

    /** An id outside the one partner-id rule names no partner: 400, naming the path parameter. */
    static void requireWellFormed(String partnerId) {
        if (!PartnerId.isValid(partnerId)) {
            throw ProblemException.badRequest("The partner id in the path is not a partner id.",
                    List.of("partnerId: " + PartnerId.RULE));
        }
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    PartnerAccess access;

    @GET
    @Path("evidence")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Export the partner's evidence v1 as of a month (approved associations only)")
    public String evidence(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        requireWellFormed(partnerId);
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.evidence(partnerId, month).map(EvidenceJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }

    @GET
    @Path("scorecard")
    @Operation(summary = "Compute (and keep a snapshot of) the partner's scorecard as of a month")
    public String scorecard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        requireWellFormed(partnerId);
        access.requireReadable(partnerId);
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        return scorecards.compute(partnerId, month).map(ScorecardJson::write)
                .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
    }
}
