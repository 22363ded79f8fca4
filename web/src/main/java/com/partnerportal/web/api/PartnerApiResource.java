package com.partnerportal.web.api;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.associations.AssociationListParameters;
import com.partnerportal.web.associations.AssociationRow;
import com.partnerportal.web.associations.AssociationService;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.view.Page;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's evidence (program admins), scorecard and association lists (its members and program staff) as JSON.
 * The lists (issue 12, point 5) are searched, sorted and paged by the database; refused parameters are a 400 problem
 * naming each.
 */
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

    /** One page of a list: which page of how many, the sort, and its associations. */
    @Schema(name = "AssociationPage")
    public record AssociationPage(String kind, String q, String sort, String dir, int page, int size, int pages,
            int total, List<AssociationItem> items) {
    }

    /**
     * One association: what it is about (customer id or MCID, and name), its detail (segment, e-mail address or
     * certification), attribution and reference (customers; a certification link's reference is its proof), review
     * state and version, and a certification link's dates.
     */
    @Schema(name = "AssociationItem")
    public record AssociationItem(long id, String subjectId, String subjectName, String detail, String type,
            String reference, String state, String submittedBy, OffsetDateTime submittedAt, String decidedBy,
            OffsetDateTime decidedAt, String reason, long version, LocalDate earned, LocalDate expires) {

        static AssociationItem of(AssociationRow a) {
            return new AssociationItem(a.id(), a.subjectId(), a.subjectName(), a.detail(), a.type(), a.reference(),
                    a.state().name(), a.submittedBy(), a.submittedAt(), a.decidedBy(), a.decidedAt(), a.reason(),
                    a.version(), a.earned(), a.expires());
        }
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    ScopedPartner scope;

    @Inject
    AssociationService associations;

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

    @GET
    @Path("associations/{kind}")
    @Operation(operationId = "listAssociations",
            summary = "A page of the partner's customer associations, professionals or certification links")
    @APIResponse(responseCode = "200", description = "The page (empty after the last one)")
    public AssociationPage list(
            @Parameter(description = "The partner id", example = "P-1001") @PathParam("partnerId") String partnerId,
            @Parameter(description = "customers, professionals or certifications",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "customers", "professionals", "certifications" }))
            @PathParam("kind") String kind,
            @Parameter(description = "Part of the customer id or name, of the MCID or person name (certification"
                    + " links: also the certification), case-insensitive; at most 100 characters")
            @QueryParam("q") String q,
            @Parameter(description = "The sort column: customers customer, name, segment, type, state, submitted,"
                    + " decided, added; professionals mcid, name, email, state, submitted, decided, added;"
                    + " certifications mcid, name, certification, earned, expires, state, submitted, decided, added"
                    + " (default added)") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc (default desc)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "asc", "desc" })) @QueryParam("dir") String dir,
            @Parameter(description = "The page, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Rows a page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        AssociationKind what = AssociationKind.fromSlug(kind)
                .orElseThrow(() -> new NotFoundException("No such kind of association: customers, professionals or"
                        + " certifications"));
        List<String> problems = new ArrayList<>();
        AssociationListParameters parameters = AssociationListParameters.parse(what, q, sort, dir, page, size,
                AssociationListParameters.Names.PLAIN, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameter", problems);
        }
        Page<AssociationRow> rows = associations.list(scope.partner().partnerId, parameters, false);
        return new AssociationPage(what.slug(), parameters.q(), rows.sort(), rows.dir(), rows.page(),
                parameters.size(), rows.pages(), rows.total(), rows.rows().stream().map(AssociationItem::of).toList());
    }
}
