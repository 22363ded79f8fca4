package com.partnerportal.web.review;

import com.partnerportal.web.security.Roles;
import com.partnerportal.web.view.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The audit trail for reviewers and program admins: filtered and paged on screen, or exported as CSV. */
@Path("/review")
@RolesAllowed({ Roles.REVIEWER, Roles.PROGRAM_ADMIN })
public class AuditResource {

    static final List<String> HEADER = List.of("occurred_at", "actor", "action", "partner_id", "entity_type",
            "entity_id", "before", "after", "reason");
    static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The trail page: the filter, one page of events, and the links that keep the filter. */
    public record AuditView(AuditFilter filter, Page<AuditRow> page, String base, String csv) {

        /** Actions to suggest in the filter (others may be typed). */
        public List<String> actions() {
            return List.of("ASSOCIATION_SUBMITTED", "ASSOCIATION_APPROVED", "ASSOCIATION_REJECTED",
                    "ASSOCIATION_CHANGES_REQUESTED", "ASSOCIATION_WITHDRAWN", "ASSOCIATION_APPROVED_BY_IMPORT",
                    "EVIDENCE_IMPORTED", "ACR_IMPORTED", "PARTNER_CREATED", "PARTNER_UPDATED", "MEMBERSHIP_ADDED",
                    "MEMBERSHIP_REMOVED", "INVITATION_CREATED", "INVITATION_REVOKED", "INVITATION_ACCEPTED",
                    "MEMBERSHIP_BOUND", "MEMBERSHIP_MERGED", "SCORECARDS_RECOMPUTE_STARTED", "SCORECARDS_RECOMPUTED", "MONTH_CLOSED",
                    "SCORECARD_RESTATED");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditView view);
    }

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance trail(@QueryParam("partner") String partner, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page) {
        AuditFilter filter = AuditFilter.parse(partner, actor, action, from, to);
        return Templates.audit(new AuditView(filter, audit.page(filter, Page.number(page)), "/review/audit" + filter.query(),
                "/review/audit.csv" + filter.query()));
    }

    /** Every event the filter matches, newest first, as CSV; the file is named after today (UTC). */
    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("partner") String partner, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = AuditFilter.parse(partner, actor, action, from, to);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(Csv.line(HEADER));
            List<AuditRow> chunk = audit.chunk(filter, null, null);
            while (!chunk.isEmpty()) {
                for (AuditRow row : chunk) {
                    writer.write(Csv.line(Arrays.asList(row.occurredAt() == null ? null
                                    : row.occurredAt().toInstant().toString(), row.actor(), row.action(),
                            row.partnerId(), row.entityType(), row.entityId(), row.before(), row.after(),
                            row.reason())));
                }
                AuditRow last = chunk.get(chunk.size() - 1);
                chunk = chunk.size() < AuditService.CHUNK ? List.of() : audit.chunk(filter, last.occurredAt(), last.id());
            }
            writer.flush();
        };
        String file = "audit-" + FILE_DAY.format(LocalDate.now(clock)) + ".csv";
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
