package com.partnerportal.web.dashboard;

import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerPageStamps;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.dashboard.DashboardResource.Comparison;
import com.partnerportal.web.dashboard.DashboardResource.DashboardView;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.HistoryMonth;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.ledger.ShownScorecard;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Membership;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.support.AsOf;
import jakarta.enterprise.context.ApplicationScoped;
import com.partnerportal.web.designation.DesignationService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a dashboard shows, in one read-only transaction: the ownership check (and the caller's memberships),
 * the month, its scorecard as the score ledger has it, the history of the chart, and — asked for with
 * {@code compare=today} — the same months recomputed from today's data.
 */
@ApplicationScoped
public class DashboardService {

    static final int HISTORY_MONTHS = 24;

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser user;

    @Inject
    DesignationService designations;

    @Inject
    PartnerPageStamps stamps;

    @Inject
    RenderedDashboards rendered;

    @Inject
    PartnerRepository partners;

    @Inject
    ScoreLedger ledger;

    /**
     * The dashboard's content (the page without what belongs to the caller), rendered by {@code render} and encoded
     * once: kept by {@link RenderedDashboards} while the partner's page stamp holds; made fresh for the comparison with
     * today's data. The stamp is read first, so the content kept under it is never older than it. Served from what is
     * kept, the request opens no transaction: the stamp is one read of the request's session; only a page that must
     * be made reads in a read-only transaction.
     */
    public byte[] content(String partnerId, String asOf, String compare, Function<DashboardView, String> render) {
        boolean comparing = comparing(compare);
        YearMonth asked = AsOf.parse(asOf);
        boolean canAdmin = user.membership(partnerId).map(Membership::admin).orElse(false);
        if (comparing) {
            return utf8(QuarkusTransaction.requiringNew().call(
                    () -> render.apply(view(scope.partner(), asked, true, canAdmin))));
        }
        RenderedDashboards.Key key = new RenderedDashboards.Key(partnerId, asked, canAdmin, ledger.today(),
                stamps.of(partnerId));
        return rendered.content(key, () -> utf8(QuarkusTransaction.requiringNew().call(
                () -> render.apply(view(scope.partner(), asked, false, canAdmin)))));
    }

    private static byte[] utf8(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a dashboard shows, read now (no kept content): for {@code DashboardCostBenchmark}. */
    @Transactional
    public DashboardView view(String partnerId, String asOf, String compare) {
        boolean canAdmin = user.membership(partnerId).map(Membership::admin).orElse(false);
        PartnerEntity partner = partners.findByIdOptional(partnerId).orElseThrow(NotFoundException::new);
        return view(partner, AsOf.parse(asOf), comparing(compare), canAdmin);
    }

    private static boolean comparing(String compare) {
        if (compare != null && !compare.isBlank() && !"today".equals(compare)) {
            throw ProblemException.badRequest("Invalid query parameter",
                    List.of("compare: the only comparison is 'today' (recompute with today's data): " + compare));
        }
        return "today".equals(compare);
    }

    private DashboardView view(PartnerEntity partner, YearMonth asked, boolean comparing, boolean canAdmin) {
        String partnerId = partner.partnerId;
        scorecards.readOnly();
        YearMonth latest = scorecards.latestMonth(partnerId);
        YearMonth month = asked != null ? asked : latest;
        ShownScorecard shown = scorecards.shown(partnerId, month).orElseThrow(NotFoundException::new);
        YearMonth chartEnd = month.isAfter(latest) ? month : latest;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            months.add(chartEnd.minusMonths(i));
        }
        List<HistoryMonth> history = scorecards.history(partnerId, chartEnd, HISTORY_MONTHS);
        List<Comparison> comparison = List.of();
        if (comparing) {
            Map<YearMonth, HistoryMonth> recorded = new HashMap<>();
            history.forEach(h -> recorded.put(h.month(), h));
            comparison = scorecards.recomputedHistory(partnerId, chartEnd, HISTORY_MONTHS).stream()
                    .filter(now -> recorded.containsKey(now.month()))
                    .map(now -> new Comparison(now.month(), recorded.get(now.month()), now.total(),
                            now.total() - recorded.get(now.month()).total()))
                    .toList();
        }
        Scorecard scorecard = shown.scorecard();
        return new DashboardView(partner, month, months, scorecard, shown.standing(), MetricCard.of(scorecard, partnerId, month),
                ChartView.of(history), comparison, canAdmin, designations.status(partnerId)); // joins this transaction
    }
}
