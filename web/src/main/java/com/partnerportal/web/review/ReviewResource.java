package com.partnerportal.web.review;

import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.support.Forms;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.DecisionRefusal;
import com.partnerportal.core.review.ReviewRefusal;
import com.partnerportal.web.associations.ReviewProblem;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.KeptForms;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.view.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reviewers' workspace: the queue of submitted associations across partners, one association with its
 * supporting data and score impact, and the decisions (approve; reject or request changes with a reason; bulk
 * approve after a confirmation). Program admins may look at the queue and the details; only reviewers decide, and
 * never for a partner they are a member of.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.REVIEWER, Roles.PROGRAM_ADMIN })
public class ReviewResource {

    /** The queue page: the filter, counts per state, one page of submitted associations, and a notice. */
    public record QueueView(QueueFilter filter, Map<AssociationState, Long> counts, Page<QueueRow> page, String base,
            boolean canDecide, String notice) {

        public List<String> types() {
            return Forms.names(AssociationType.class);
        }
    }

    /** The detail page: the association, whether the user may decide it (or why not), and the forms' messages. */
    public record DetailView(ReviewDetail detail, boolean canDecide, String refusal, String action,
            Map<String, String> errors, String reason, String notice) {
    }

    /** The bulk confirmation: the rows that will be approved and those the reviewer may not decide. */
    public record ConfirmView(List<QueueRow> rows, List<QueueRow> refused, int missing) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance confirmBulk(ConfirmView view);

        static native TemplateInstance bulkResult(List<ReviewDecisionService.BulkOutcome> outcomes);
    }

    @Inject
    ReviewQueueService queue;

    @Inject
    ReviewDetailService details;

    @Inject
    ReviewDecisionService decisions;

    @Inject
    CurrentUser user;

    @Inject
    KeptForms keptForms;

    @GET
    public TemplateInstance queue(@QueryParam("type") String type, @QueryParam("partner") String partner,
            @QueryParam("olderThan") String olderThan, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("notice") String notice) {
        QueueFilter filter = QueueFilter.parse(type, partner, olderThan, kind);
        return Templates.queue(new QueueView(filter, queue.counts(filter), queue.queue(filter, Page.number(page)),
                "/review" + filter.query(), user.isReviewer(), notices(notice)));
    }

    @GET
    @Path("{kind}/{partnerId}/{id}")
    public TemplateInstance detail(@PathParam("kind") String kind, @PathParam("partnerId") String partnerId,
            @PathParam("id") long id, RoutingContext request) {
        // A reason written before the session ended and kept across the login (issue 17, point 10): shown again
        // in its form, to be sent again with this page's CSRF token; nothing is decided by coming back.
        Optional<KeptForms.KeptForm> kept = keptForms.keptFor(request, request.normalizedPath())
                .filter(k -> REASON_ACTIONS.contains(k.action()) && k.first("reason") != null);
        if (kept.isPresent()) {
            keptForms.forget(request);
            return detailPage(kind(kind), partnerId, id, kept.get().action(), Map.of(), kept.get().first("reason"),
                    "You were signed in again. Your text is back in its form: check it and send it again.");
        }
        return detailPage(kind(kind), partnerId, id, null, Map.of(), null, null);
    }

    /** The decisions whose forms carry a reason. */
    static final Set<String> REASON_ACTIONS = Set.of("reject", "request-changes");

    @POST
    @Path("{kind}/{partnerId}/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REVIEWER)
    public Response approve(@PathParam("kind") String kind, @PathParam("partnerId") String partnerId,
            @PathParam("id") long id, @RestForm String version) {
        decisions.decide(kind(kind), partnerId, id, version(version), AssociationState.APPROVED, null);
        return done("approved");
    }

    @POST
    @Path("{kind}/{partnerId}/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REVIEWER)
    public Response reject(@PathParam("kind") String kind, @PathParam("partnerId") String partnerId,
            @PathParam("id") long id, @RestForm String version, @RestForm String reason) {
        return decideWithReason(kind(kind), partnerId, id, version, reason, AssociationState.REJECTED, "reject");
    }

    @POST
    @Path("{kind}/{partnerId}/{id}/request-changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REVIEWER)
    public Response requestChanges(@PathParam("kind") String kind, @PathParam("partnerId") String partnerId,
            @PathParam("id") long id, @RestForm String version, @RestForm String reason) {
        return decideWithReason(kind(kind), partnerId, id, version, reason, AssociationState.CHANGES_REQUESTED,
                "request-changes");
    }

    /** The confirmation of a bulk approval: lists the selection; nothing changes until it is confirmed. */
    @GET
    @Path("bulk-approve")
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance confirmBulk(@QueryParam("item") List<String> items) {
        List<Selection> selections = Selection.parse(items);
        List<QueueRow> rows = queue.selected(selections);
        return Templates.confirmBulk(new ConfirmView(rows.stream().filter(r -> !r.member()).toList(),
                rows.stream().filter(QueueRow::member).toList(), selections.size() - rows.size()));
    }

    @POST
    @Path("bulk-approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance bulkApprove(@RestForm("item") List<String> items) {
        return Templates.bulkResult(decisions.bulkApprove(Selection.parse(items)));
    }

    private Response decideWithReason(AssociationKind kind, String partnerId, long id, String version, String reason,
            AssociationState target, String action) {
        long expected = version(version);
        try {
            decisions.decide(kind, partnerId, id, expected, target, reason);
        } catch (ReviewProblem problem) {
            if (problem.refusal().kind() != ReviewRefusal.Kind.INVALID) {
                throw problem;
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(detailPage(kind, partnerId, id, action,
                    Map.of(problem.refusal().field(), problem.refusal().fieldMessage()), reason, null)).build();
        }
        return done(target == AssociationState.REJECTED ? "rejected" : "changes-requested");
    }

    private TemplateInstance detailPage(AssociationKind kind, String partnerId, long id, String action,
            Map<String, String> errors, String reason, String notice) {
        ReviewDetail detail = details.detail(kind, partnerId, id);
        String refusal = decisions.refusal(partnerId).map(DecisionRefusal::notice).orElse(null);
        return Templates.detail(new DetailView(detail, refusal == null && detail.pending(), refusal, action, errors,
                reason, notice));
    }

    private static long version(String version) {
        try {
            long parsed = Long.parseLong(version == null ? "" : version.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("The form is incomplete; nothing was decided.",
                List.of("version: the version of the association you looked at is missing; reload the page"));
    }

    /** Post/redirect/get: back to the queue, with a notice chosen from a fixed set (never echoed input). */
    private static Response done(String notice) {
        return Response.seeOther(URI.create("/review?notice=" + notice)).build();
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "approved" -> "Approved. The partner's scorecard was recomputed.";
            case "rejected" -> "Rejected. The partner sees the reason.";
            case "changes-requested" -> "Sent back for changes. The partner sees the reason.";
            default -> null;
        };
    }

    private static AssociationKind kind(String slug) {
        return AssociationKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("No such kind of association"));
    }
}
