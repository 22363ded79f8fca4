package com.partnerportal.web.admin;

import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Program admins recompute every partner's scorecard of the open month (after a change to how scoring reads the
 * data; writes keep it current anyway). Closed months are not recomputed: they are restated on /admin/ledger. The job runs in the background; its status page
 * refreshes itself every two seconds (no JavaScript) until it is done.
 */
@Path("/admin/recompute")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class RecomputeResource {

    /** The start page: the month form (what was typed and its message) and the recent jobs. */
    public record RecomputeView(String month, Map<String, String> errors, List<RecomputeJob> jobs) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recompute(RecomputeView view);

        static native TemplateInstance job(RecomputeJob job);
    }

    @Inject
    RecomputeJobs jobs;

    @Inject
    CurrentUser user;

    @Inject
    ScoreLedger ledger;

    @GET
    public TemplateInstance form() {
        return Templates.recompute(new RecomputeView(ledger.openMonth().toString(), Map.of(), jobs.recent()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String month) {
        YearMonth parsed = month == null ? null : AsOf.month(month.strip());
        if (parsed == null || !parsed.equals(ledger.openMonth())) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.recompute(new RecomputeView(month,
                    Map.of("month", "only the open month " + ledger.openMonth() + " is recomputed; a closed month is"
                            + " restated with a reason on /admin/ledger"), jobs.recent()))).build();
        }
        RecomputeJob job = jobs.start(parsed, user.actor());
        return Response.seeOther(URI.create("/admin/recompute/" + job.id())).build();
    }

    @GET
    @Path("{jobId}")
    public TemplateInstance status(@PathParam("jobId") String jobId) {
        return Templates.job(jobs.find(jobId).orElseThrow(() -> new NotFoundException("No such recompute job")));
    }

}
