package com.partnerportal.web.dashboard;

import io.quarkus.security.Authenticated;

import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.api.AsOf;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.PartnerAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A partner's dashboard: the explained score of a month, next actions and the last 24 months. */
@Authenticated
@Path("/partners/{partnerId}")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final int HISTORY_MONTHS = 24;

    /** Everything the dashboard shows. */
    public record DashboardView(PartnerEntity partner, YearMonth asOf, List<YearMonth> months, Scorecard scorecard,
            List<MetricCard> cards, ChartView chart, OffsetDateTime computedAt, boolean canAdmin) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);
    }

    @Inject
    PartnerAccess access;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance dashboard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        PartnerEntity partner = access.requireReadable(partnerId);
        YearMonth latest = scorecards.latestMonth(partnerId);
        YearMonth month = AsOf.parse(asOf);
        month = month != null ? month : latest;
        Scorecard scorecard = scorecards.compute(partnerId, month).orElseThrow(NotFoundException::new);
        YearMonth chartEnd = month.isAfter(latest) ? month : latest;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            months.add(chartEnd.minusMonths(i));
        }
        ChartView chart = ChartView.of(scorecards.history(partnerId, chartEnd, HISTORY_MONTHS));
        OffsetDateTime computedAt = scorecards.computedAt(partnerId, month).orElse(null);
        return Templates.dashboard(new DashboardView(partner, month, months, scorecard, MetricCard.of(scorecard),
                chart, computedAt, user.membership(partnerId).map(m -> m.admin()).orElse(false)));
    }
}
