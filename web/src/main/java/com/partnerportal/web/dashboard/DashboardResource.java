package com.partnerportal.web.dashboard;

import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.api.AsOf;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.HistoryMonth;
import com.partnerportal.web.ledger.ShownScorecard;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A partner's dashboard: the explained score of a month, next actions and the last 24 months. */
@Path("/partners/{partnerId}")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final int HISTORY_MONTHS = 24;

    /**
     * Everything the dashboard shows: the month's scorecard and what it is (open, recorded, restated, computed),
     * the history as recorded, and — when asked for with {@code compare=today} — the same months recomputed from
     * today's data beside it.
     */
    public record DashboardView(PartnerEntity partner, YearMonth asOf, List<YearMonth> months, Scorecard scorecard,
            MonthStanding standing, List<MetricCard> cards, ChartView chart, List<Comparison> comparison,
            boolean canAdmin) {
    }

    /** One month of the "recompute with today's data" comparison: as recorded, and recomputed now. */
    public record Comparison(YearMonth month, HistoryMonth recorded, int recomputed, int difference) {
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
    public TemplateInstance dashboard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf,
            @QueryParam("compare") String compare) {
        PartnerEntity partner = access.requireReadable(partnerId);
        YearMonth latest = scorecards.latestMonth(partnerId);
        YearMonth month = AsOf.parse(asOf);
        month = month != null ? month : latest;
        ShownScorecard shown = scorecards.shown(partnerId, month).orElseThrow(NotFoundException::new);
        YearMonth chartEnd = month.isAfter(latest) ? month : latest;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            months.add(chartEnd.minusMonths(i));
        }
        List<HistoryMonth> history = scorecards.history(partnerId, chartEnd, HISTORY_MONTHS);
        List<Comparison> comparison = List.of();
        if ("today".equals(compare)) {
            Map<YearMonth, HistoryMonth> recorded = new HashMap<>();
            history.forEach(h -> recorded.put(h.month(), h));
            comparison = scorecards.recomputedHistory(partnerId, chartEnd, HISTORY_MONTHS).stream()
                    .filter(now -> recorded.containsKey(now.month()))
                    .map(now -> new Comparison(now.month(), recorded.get(now.month()), now.total(),
                            now.total() - recorded.get(now.month()).total()))
                    .toList();
        } else if (compare != null && !compare.isBlank()) {
            throw ProblemException.badRequest("Invalid query parameter",
                    List.of("compare: the only comparison is 'today' (recompute with today's data): " + compare));
        }
        Scorecard scorecard = shown.scorecard();
        return Templates.dashboard(new DashboardView(partner, month, months, scorecard, shown.standing(),
                MetricCard.of(scorecard), ChartView.of(history), comparison,
                user.membership(partnerId).map(m -> m.admin()).orElse(false)));
    }
}
