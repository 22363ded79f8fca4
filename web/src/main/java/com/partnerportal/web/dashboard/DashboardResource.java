package com.partnerportal.web.dashboard;

import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.core.lifecycle.DesignationStatus;
import io.quarkus.security.Authenticated;

import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.ledger.HistoryMonth;
import com.partnerportal.web.security.ScopedPartner;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;

/** A partner's dashboard: the explained score of a month, next actions and the last 24 months. */
@Authenticated
@Path("/partners/{partnerId}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DashboardResource {

    /**
     * Everything the dashboard shows: the month's scorecard and what it is (open, recorded, restated, computed),
     * the history as recorded, and — when asked for with {@code compare=today} — the same months recomputed from
     * today's data beside it — and the partner's designation status today (the designation lifecycle).
     */
    public record DashboardView(PartnerEntity partner, YearMonth asOf, List<YearMonth> months, Scorecard scorecard,
            MonthStanding standing, List<MetricCard> cards, ChartView chart, List<Comparison> comparison,
            boolean canAdmin, DesignationStatus designation) {

        /** The score bar's geometry. */
        public ScoreScale scale() {
            return ScoreScale.of();
        }

        /** The month picker's options, the shown month selected. */
        public List<MonthChoice> monthChoices() {
            return months.stream().map(m -> new MonthChoice(m, m.equals(asOf))).toList();
        }

        /** The rows of the history table, each linking to the dashboard of its month. */
        public List<HistoryRow> historyRows() {
            return chart.points().stream()
                    .map(p -> new HistoryRow(p, "/partners/" + partner.partnerId + "?asOf=" + p.month())).toList();
        }
    }

    /**
     * One option of the month picker. Each row of a loop carries what it prints: an expression inside a loop that
     * reaches outside it (such as {@code view.asOf}) makes Qute try every value resolver on the loop's element first —
     * it was about half of the page's rendering (docs/performance.md, "Loops that carry what they print").
     */
    public record MonthChoice(YearMonth month, boolean selected) {
    }

    /** One month of the history table and the link to its dashboard. */
    public record HistoryRow(HistoryMonth month, String href) {
    }

    /** One month of the "recompute with today's data" comparison: as recorded, and recomputed now. */
    public record Comparison(YearMonth month, HistoryMonth recorded, int recomputed, int difference) {
    }

    /** The frame: the partner's name for the title, and where the content goes ({@link PageFrame#SLOT}). */
    public record DashboardPage(String partnerName, String content) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardPage page);

        static native TemplateInstance content(DashboardView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    DashboardService dashboards;

    /**
     * The page: the kept content (UTF-8) inside the caller's frame. Sent as the bytes it was kept as: neither Qute nor
     * the response's encoder copies the content again.
     */
    @GET
    public byte[] dashboard(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf,
            @QueryParam("compare") String compare) {
        byte[] content = dashboards.content(partnerId, asOf, compare, view -> Templates.content(view).render());
        String frame = Templates.dashboard(new DashboardPage(scope.name(), PageFrame.SLOT)).render();
        return PageFrame.around(frame, content);
    }
}
