package com.partnerportal.web.ledger;

import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.core.ledger.Restatement;
import com.partnerportal.persistence.ledger.ClosedMonth;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.partnerportal.web.support.PartnerIdentifierValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The score ledger for program admins: the closes made, the restatements, and the form that restates a closed
 * month for one partner or for all, with a reason.
 */
@Path("/admin/ledger")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class LedgerResource {

    static final int LISTED = 30;

    /** What was typed in the restatement form. */
    public record RestateForm(String month, String partner, String reason) {
    }

    /** The page: the open month, the form with a message per field, a notice, the closes and restatements. */
    public record LedgerView(YearMonth openMonth, RestateForm form, Map<String, String> errors, String notice,
            List<ClosedMonth> closes, List<LedgerEntry> restatements) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ledger(LedgerView view);
    }

    @Inject
    LedgerAdminService ledger;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance page(@QueryParam("restated") String restated, @QueryParam("month") String month) {
        String notice = null;
        YearMonth parsed = AsOf.month(month);
        if (restated != null && restated.matches("\\d{1,6}") && parsed != null) {
            notice = "Restated " + parsed + " for " + restated + (restated.equals("1") ? " partner." : " partners.");
        }
        return view(new RestateForm(ledger.openMonth().minusMonths(1).toString(), "", ""), Map.of(), notice);
    }

    @POST
    @Path("restate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restate(@RestForm String month, @RestForm String partner, @RestForm String reason) {
        RestateForm form = new RestateForm(month, partner, reason);
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth parsed = month == null ? null : AsOf.month(month.strip());
        if (parsed != null && !AsOf.inRange(parsed)) {
            errors.put("month", AsOf.outOfRange(parsed));
        }
        for (String problem : Restatement.problems(parsed, reason, ledger.today())) {
            int colon = problem.indexOf(": ");
            errors.putIfAbsent(problem.substring(0, colon), problem.substring(colon + 2));
        }
        String partnerId = partner == null ? "" : partner.strip();
        String malformed = PartnerIdentifierValidator.problem(partnerId, false);
        if (malformed != null) {
            errors.put("partner", malformed);
        } else if (!partnerId.isEmpty() && !ledger.partnerExists(partnerId)) {
            errors.put("partner", "no partner " + partnerId + " (leave empty to restate every partner)");
        }
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(view(form, errors, null)).build();
        }
        int restated = ledger.restate(partnerId.isEmpty() ? null : partnerId, parsed, reason, user.actor());
        return Response.seeOther(UriBuilder.fromPath("/admin/ledger").queryParam("restated", restated)
                .queryParam("month", parsed.toString()).build()).build();
    }

    private TemplateInstance view(RestateForm form, Map<String, String> errors, String notice) {
        return Templates.ledger(new LedgerView(ledger.openMonth(), form, errors, notice, ledger.closes(LISTED),
                ledger.restatements(LISTED)));
    }
}
