package com.partnerportal.web.dashboard;

import io.quarkus.security.Authenticated;

import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** A partner's dashboard: the explained score of a month, next actions and the last 24 months. */
@Authenticated
@Path("/partners/{partnerId}")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Everything the dashboard shows. */
    public record DashboardView(PartnerEntity partner, YearMonth asOf, List<YearMonth> months, Scorecard scorecard,
            List<MetricCard> cards, ChartView chart, OffsetDateTime computedAt, boolean canAdmin) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);
    }

    @Inject
    DashboardService dashboards;

    @GET
    public TemplateInstance dashboard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        return Templates.dashboard(dashboards.view(partnerId, asOf));
    }
}
