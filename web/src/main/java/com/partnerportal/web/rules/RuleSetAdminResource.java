package com.partnerportal.web.rules;

import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.web.admin.RecomputeJob;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Program admins see the rule sets with the months each applies to, and move the boundary month (the first month
 * scored by the 2026 rules; default 2026-05). A move is audited with its reason, then the open month — the
 * calendar month before this one — is recomputed for every partner by a recompute job; months already recorded
 * keep their snapshots (a recompute of such a month, the restatement, is a separate decision).
 */
@Path("/admin/rule-sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class RuleSetAdminResource {

    /** The longest reason kept in the audit trail. */
    public static final int MAX_REASON = 500;

    /**
     * The page: the rule sets with their months, the boundary as set (null while the default applies), the default,
     * the open month a move recomputes, and the form (what was typed, a message per field).
     */
    public record RuleSetAdminView(List<RuleSets.Period> periods, RuleSetSettings.Boundary setting,
            YearMonth defaultBoundary, YearMonth openMonth, Map<String, String> values, Map<String, String> errors,
            int maxReason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ruleSets(RuleSetAdminView view);
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    RuleSetSettings settings;

    @Inject
    RuleSetBoundaryService boundaries;

    @Inject
    RecomputeJobs jobs;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemUTC();

    @GET
    public TemplateInstance page() {
        RuleSets ruleSets = scorecards.ruleSets();
        return view(Map.of("boundary", ruleSets.boundary().toString(), "reason", ""), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestForm String boundary, @RestForm String reason) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("boundary", boundary == null ? "" : boundary);
        values.put("reason", reason == null ? "" : reason);
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth month = boundary == null ? null : AsOf.month(boundary.strip());
        if (month == null || month.isBefore(AsOf.FIRST) || month.isAfter(AsOf.LAST)) {
            errors.put("boundary", "choose a month (YYYY-MM) from " + AsOf.FIRST + " to " + AsOf.LAST);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "say why the boundary moves (it goes into the audit trail)");
        } else if (why.length() > MAX_REASON) {
            errors.put("reason", "at most " + MAX_REASON + " characters");
        }
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(view(values, errors)).build();
        }
        boolean moved = boundaries.move(month, why, user.actor());
        settings.forget(); // committed: every score from now on reads the new boundary
        if (!moved) {
            return Response.seeOther(URI.create("/admin/rule-sets")).build();
        }
        RecomputeJob job = jobs.start(openMonth(), user.actor());
        return Response.seeOther(URI.create("/admin/recompute/" + job.id())).build();
    }

    private TemplateInstance view(Map<String, String> values, Map<String, String> errors) {
        return Templates.ruleSets(new RuleSetAdminView(scorecards.ruleSets().periods(), settings.boundary().orElse(null),
                RuleSets.DEFAULT_BOUNDARY, openMonth(), values, errors, MAX_REASON));
    }

    /** The open month: the calendar month before this one (UTC), the one a move of the boundary recomputes. */
    private YearMonth openMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }
}
