package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormPost;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.invitations.InvitationForm;
import com.partnerportal.web.invitations.InvitationResource;
import com.partnerportal.web.invitations.InvitationService;
import com.partnerportal.web.invitations.InvitationsPanel;
import com.partnerportal.web.invitations.IssuedInvitation;
import com.partnerportal.web.view.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import com.partnerportal.core.ledger.DesignationRisk;
import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.overview.OverviewRow;
import com.partnerportal.web.review.Csv;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Program admins: the partners (create; edit name and anniversary date), their memberships (add by subject; remove)
 * and invitations (invite by e-mail; revoke).
 */
@Path("/admin/partners")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class PartnersResource {

    /** A partner's page, where its forms go back to. */
    static final String PAGE = "/admin/partners/{id}";

    static final List<String> CSV_HEADER = List.of("partner_id", "name", "open_month", "score", "attained",
            "margin_to_70", "path", "rule_set", "designation_lost_on", "at_risk", "pending_reviews",
            "designation_status", "enrolled_since", "lapsed_on", "designation_until", "anniversary_date", "renewal_due");

    /**
     * The program overview (every partner's open-month scorecard from the ledger, filtered, sorted and paged by the
     * database), with the create form (what was typed and its messages).
     */
    public record PartnersView(YearMonth openMonth, OverviewFilter filter, Page<OverviewRow> page, String base,
            String csv, PartnerForm form, Map<String, String> errors, String notice) {

        /** The attainment line the margin is measured to (core). */
        public int threshold() {
            return Designation.MINIMUM_TOTAL;
        }

        /** How far ahead an expiring certification puts the designation at risk (core). */
        public int riskDays() {
            return DesignationRisk.WINDOW_DAYS;
        }

        /** The renewal days before an anniversary (core's designation lifecycle). */
        public int renewalDays() {
            return DesignationLifecycle.RENEWAL_DAYS;
        }
    }

    /** One partner: the edit form, its members, the add-member form and the invitations. */
    public record PartnerView(PartnerEntity partner, PartnerForm form, Map<String, String> errors,
            List<MembershipEntity> members, MembershipForm memberForm, Map<String, String> memberErrors,
            InvitationsPanel invitations, String notice) {

        public List<String> roles() {
            return List.of(MembershipEntity.PARTNER_USER, MembershipEntity.PARTNER_ADMIN);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(PartnersView view);

        static native TemplateInstance partner(PartnerView view);
    }

    @Inject
    AdminService admin;

    @Inject
    CurrentUser user;

    @Inject
    ProgramOverviewService overview;

    @Inject
    InvitationService invitations;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("attained") String attained,
            @QueryParam("path") String path, @QueryParam("risk") String risk, @QueryParam("pending") String pending,
            @QueryParam("renewal") String renewal, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("notice") String notice) {
        return listPage(OverviewFilter.parse(q, attained, path, risk, pending, renewal, sort, dir), Page.number(page),
                PartnerForm.empty(), Map.of(), notices(notice));
    }

    /** The overview as CSV: every partner the filters keep, in the chosen order. */
    @GET
    @Path("overview.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("q") String q, @QueryParam("attained") String attained,
            @QueryParam("path") String path, @QueryParam("risk") String risk, @QueryParam("pending") String pending,
            @QueryParam("renewal") String renewal, @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        OverviewFilter filter = OverviewFilter.parse(q, attained, path, risk, pending, renewal, sort, dir);
        YearMonth open = overview.openMonth();
        StringBuilder csv = new StringBuilder(Csv.line(CSV_HEADER));
        for (OverviewRow row : overview.all(filter)) {
            csv.append(Csv.line(Arrays.asList(row.partnerId(), row.name(), open.toString(), text(row.total()),
                    text(row.attained()), text(row.margin()), row.path(), row.ruleSetId(),
                    text(row.designationLostOn()), String.valueOf(row.atRisk()), String.valueOf(row.pendingReviews()),
                    row.designationState(), text(row.enrolledSince()), text(row.lapsedOn()), text(row.yearUntil()),
                    text(row.anniversary()), String.valueOf(row.renewalDue()))));
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"program-overview-" + open + ".csv\"").build();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PartnerForm form) {
        return FormPost.submit(() -> admin.create(form, user.actor()).partnerId,
                errors -> listPage(OverviewFilter.parse(null, null, null, null, null, null, null, null), null, form,
                        errors, null), PAGE, "created");
    }

    @GET
    @Path("{partnerId}")
    public TemplateInstance show(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        PartnerEntity partner = admin.partner(partnerId);
        return partnerPage(partner, PartnerForm.of(partner), Map.of(), MembershipForm.empty(), Map.of(),
                notices(notice));
    }

    @POST
    @Path("{partnerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("partnerId") String partnerId, @BeanParam PartnerForm form) {
        return FormPost.submit(() -> admin.update(partnerId, form, user.actor()), errors -> {
            form.partnerId = partnerId;
            return partnerPage(admin.partner(partnerId), form, errors, MembershipForm.empty(), Map.of(), null);
        }, PAGE, partnerId, "updated");
    }

    @POST
    @Path("{partnerId}/memberships")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("partnerId") String partnerId, @BeanParam MembershipForm form) {
        return FormPost.submit(() -> admin.addMember(partnerId, form, user.actor()), errors -> {
            PartnerEntity partner = admin.partner(partnerId);
            return partnerPage(partner, PartnerForm.of(partner), Map.of(), form, errors, null);
        }, PAGE, partnerId, "member-added");
    }

    @POST
    @Path("{partnerId}/memberships/{membershipId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("partnerId") String partnerId,
            @PathParam("membershipId") long membershipId) {
        admin.removeMember(partnerId, membershipId, user.actor());
        return FormPost.seeOther(PAGE, partnerId, "member-removed");
    }

    /** Issues an invitation into the partner and shows its link once (200); bad input re-renders with 400. */
    @POST
    @Path("{partnerId}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("partnerId") String partnerId, @BeanParam InvitationForm form,
            @Context UriInfo uri) {
        IssuedInvitation issued;
        PartnerEntity partner = admin.partner(partnerId);
        try {
            issued = invitations.invite(partnerId, form, user.actor(), InvitationResource.links(uri.getBaseUriBuilder()));
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(partnerPage(partner, PartnerForm.of(partner),
                    Map.of(), MembershipForm.empty(), Map.of(), form, errors.fields(), null, null)).build();
        }
        return Response.ok(partnerPage(partner, PartnerForm.of(partner), Map.of(), MembershipForm.empty(), Map.of(),
                InvitationForm.empty(), Map.of(), issued, null)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{partnerId}/invitations/{invitationId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeInvitation(@PathParam("partnerId") String partnerId,
            @PathParam("invitationId") long invitationId) {
        invitations.revoke(partnerId, invitationId, user.actor());
        return FormPost.seeOther(PAGE, partnerId, "invitation-revoked");
    }

    private TemplateInstance listPage(OverviewFilter filter, Integer page, PartnerForm form,
            Map<String, String> errors, String notice) {
        return Templates.partners(new PartnersView(overview.openMonth(), filter, overview.page(filter, page),
                "/admin/partners" + filter.query(), "/admin/partners/overview.csv" + filter.query() + "&sort="
                        + filter.sort() + "&dir=" + filter.dir(), form, errors, notice));
    }

    private TemplateInstance partnerPage(PartnerEntity partner, PartnerForm form, Map<String, String> errors,
            MembershipForm memberForm, Map<String, String> memberErrors, String notice) {
        return partnerPage(partner, form, errors, memberForm, memberErrors, InvitationForm.empty(), Map.of(), null,
                notice);
    }

    private TemplateInstance partnerPage(PartnerEntity partner, PartnerForm form, Map<String, String> errors,
            MembershipForm memberForm, Map<String, String> memberErrors, InvitationForm inviteForm,
            Map<String, String> inviteErrors, IssuedInvitation issued, String notice) {
        String base = "/admin/partners/" + partner.partnerId + "/invitations";
        return Templates.partner(new PartnerView(partner, form, errors, admin.memberships(partner.partnerId),
                memberForm, memberErrors, new InvitationsPanel(base, base, invitations.unused(partner.partnerId),
                        inviteForm, inviteErrors, issued), notice));
    }

    /** Post/redirect/get: to the partner's page, with a notice chosen from a fixed set (never echoed input). */

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "created" -> "Partner created.";
            case "updated" -> "Saved.";
            case "member-added" -> "Member added.";
            case "member-removed" -> "Member removed.";
            case "invitation-revoked" -> "Invitation revoked.";
            default -> null;
        };
    }
}
