package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Membership;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.security.PartnerAdminOnly;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The designation page of a partner (issue 16, point 3): status, qualification window, track, benefits year and
 * active benefits, history; the partner admins' actions (enrol, activate benefits, renew), each offered only when
 * core's lifecycle allows it today and otherwise explained; and the text badge while the designation is held.
 */
@Authenticated
@Path("/partners/{partnerId}/designation")
public class DesignationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance designation(DesignationView view);
    }

    @Inject
    ScopedPartner scoped;

    @Inject
    CurrentUser user;

    @Inject
    DesignationService designations;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        PartnerEntity partner = scoped.partner();
        DesignationService.Standing standing = designations.standing(partnerId);
        DesignationStatus status = standing.status();
        boolean canAct = user.membership(partnerId).map(Membership::admin).orElse(false);
        List<DesignationView.HistoryLine> history = standing.record().transitions().stream()
                .map(t -> new DesignationView.HistoryLine(t.seq(), t.transition().description(), t.recordedBy()))
                .toList();
        List<DesignationView.ActionRow> actions = List.of(
                new DesignationView.ActionRow(standing.decide(Action.ENROL), "enrol", "Enrol"),
                new DesignationView.ActionRow(standing.decide(Action.ACTIVATE_BENEFITS), "activate", "Activate benefits"),
                new DesignationView.ActionRow(standing.decide(Action.RENEW), "renew", "Renew"));
        return Templates.designation(new DesignationView(partner, status, DesignationView.WindowRow.of(status.window()),
                actions, canAct, standing.record().lastSeq(), history, notices(notice), BenefitCatalogue.STACKING_CAP));
    }

    @POST
    @Path("enrol")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("partnerId") String partnerId, @RestForm String version) {
        return act(partnerId, Action.ENROL, version, "enrolled");
    }

    @POST
    @Path("activate")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("partnerId") String partnerId, @RestForm String version) {
        return act(partnerId, Action.ACTIVATE_BENEFITS, version, "activated");
    }

    @POST
    @Path("renew")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renew(@PathParam("partnerId") String partnerId, @RestForm String version) {
        return act(partnerId, Action.RENEW, version, "renewed");
    }

    /** The text badge (our own SVG, no Microsoft logo) while the designation is held; 409 otherwise. */
    @GET
    @Path("badge.svg")
    @Produces("image/svg+xml")
    public Response badge(@PathParam("partnerId") String partnerId) {
        PartnerEntity partner = scoped.partner();
        DesignationStatus status = designations.status(partnerId);
        if (!status.holdsDesignation()) {
            throw ProblemException.conflict(partner.name + " does not hold the designation ("
                    + DesignationLabels.state(status) + "): there is no badge to download.");
        }
        return Response.ok(DesignationBadge.svg(partner.name, status))
                .header("Content-Disposition", "attachment; filename=\"designation-badge.svg\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response act(String partnerId, Action action, String version, String notice) {
        // @PartnerAdminOnly: the partner filter (security.PartnerScope) let only the partner's admins through.
        designations.act(partnerId, action, parseVersion(version), user.actor());
        return Response.seeOther(URI.create("/partners/" + partnerId + "/designation?notice=" + notice)).build();
    }

    /** The version the page showed (its number of transitions): without it a stale page could act twice. */
    static int parseVersion(String version) {
        if (version == null || version.isBlank()) {
            throw ProblemException.badRequest("The form has no version: reload the page and try again.",
                    List.of("version: required"));
        }
        try {
            int parsed = Integer.parseInt(version.strip());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("The form's version is not a number of transitions: reload the page.",
                    List.of("version: a whole number ≥ 0"));
        }
    }

    /** A notice from a fixed set (never echoed input). */
    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "enrolled" -> "Enrolled. Activate the benefits to start them.";
            case "activated" -> "Benefits activated.";
            case "renewed" -> "Renewed. Activate the benefits of the new year.";
            default -> null;
        };
    }
}
