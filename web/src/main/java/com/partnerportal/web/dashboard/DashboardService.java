package com.partnerportal.web.dashboard;

import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.snapshot.SnapshotPoint;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.dashboard.DashboardResource.DashboardView;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Membership;
import com.partnerportal.web.security.PartnerAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a dashboard shows, in one transaction: the ownership check (and the caller's memberships), the month,
 * its scorecard (kept as a snapshot), the history of the chart and when the month's figures were computed.
 */
@ApplicationScoped
public class DashboardService {

    static final int HISTORY_MONTHS = 24;

    @Inject
    PartnerAccess access;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser user;

    @Transactional
    public DashboardView view(String partnerId, String asOf) {
        PartnerEntity partner = access.requireReadable(partnerId);
        YearMonth latest = scorecards.latestMonth(partnerId);
        YearMonth parsed = AsOf.parse(asOf);
        YearMonth month = parsed != null ? parsed : latest;
        Scorecard scorecard = scorecards.compute(partnerId, month).orElseThrow(NotFoundException::new);
        YearMonth chartEnd = month.isAfter(latest) ? month : latest;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            months.add(chartEnd.minusMonths(i));
        }
        List<SnapshotPoint> history = scorecards.history(partnerId, chartEnd, HISTORY_MONTHS);
        // The month's snapshot is in the chart's window unless an old month was asked for.
        OffsetDateTime computedAt = history.stream().filter(point -> point.month().equals(month))
                .map(SnapshotPoint::computedAt).findFirst()
                .orElseGet(() -> scorecards.computedAt(partnerId, month).orElse(null));
        return new DashboardView(partner, month, months, scorecard, MetricCard.of(scorecard), ChartView.of(history),
                computedAt, user.membership(partnerId).map(Membership::admin).orElse(false));
    }
}
