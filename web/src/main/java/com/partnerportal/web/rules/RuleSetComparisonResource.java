package com.partnerportal.web.rules;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSetComparison;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.ScopedPartner;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.List;

/**
 * A partner's month scored by both rule sets side by side — the 2024 guide and the 2026 rules — per metric, with
 * the reasons for each difference (core's {@link RuleSetComparison}). It only reads: nothing is stored.
 */
@Path("/partners/{partnerId}/rules")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RuleSetComparisonResource {

    /** How many months the month picker offers, back from the latest month with data. */
    static final int PICKER_MONTHS = 36;

    /**
     * The comparison page: the month, the rule set in force for it and the boundary month, both scorecards with the
     * differences, and the months the picker offers.
     */
    public record ComparisonView(PartnerEntity partner, YearMonth asOf, List<YearMonth> months, RuleSet inForce,
            YearMonth boundary, RuleSetComparison comparison) {

        /** Both scorecards, the older rule set first. */
        public List<Scorecard> both() {
            return List.of(comparison.before(), comparison.after());
        }

        /** Whether the rule set on the left ({@code before}) is the one in force for the month. */
        public boolean beforeInForce() {
            return comparison.before().ruleSet().equals(inForce);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comparison(ComparisonView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @GET
    public TemplateInstance compare(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        PartnerEntity partner = scope.partner();
        YearMonth latest = scorecards.latestMonth(partnerId);
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        Evidence evidence = scorecards.evidence(partnerId, month).orElseThrow(NotFoundException::new);
        RuleSets ruleSets = scorecards.ruleSets();
        YearMonth newest = month.isAfter(latest) ? month : latest;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < PICKER_MONTHS; i++) {
            months.add(newest.minusMonths(i));
        }
        return Templates.comparison(new ComparisonView(partner, month, months, ruleSets.forMonth(month),
                ruleSets.boundary(), RuleSetComparison.of(evidence)));
    }
}
