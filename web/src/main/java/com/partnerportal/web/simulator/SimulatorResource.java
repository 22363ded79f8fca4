package com.partnerportal.web.simulator;

import com.partnerportal.core.evidence.Segment;
import com.partnerportal.web.support.Forms;
import io.quarkus.security.Authenticated;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.DataAiCertification;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.core.whatif.ScorecardDiff;
import com.partnerportal.core.whatif.WhatIf;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.ScopedPartner;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The what-if simulator: start from the partner's evidence, add hypothetical customers, certified people and
 * deployments, change an existing customer's ACR, add a certification to an existing person, drop customers or
 * people, or move the as-of month, and see the simulated scorecard beside the current one. Nothing is saved.
 */
@Authenticated
@Path("/partners/{partnerId}/simulator")
@Produces(MediaType.TEXT_HTML)
public class SimulatorResource {

    /** The simulator page: the current scorecard, and — after a run — the simulated one and the difference. */
    public record SimulatorView(PartnerEntity partner, Scorecard current, Scorecard simulated, ScorecardDiff diff,
            SimulatorForm form, List<YearMonth> months, List<String> customerIds, List<DataAiCertification> certifications,
            List<Customer> customers, List<Professional> professionals) {

        public List<String> segments() {
            return Forms.names(Segment.class);
        }

        public List<String> certRoles() {
            return List.of("cert1", "cert2");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance simulator(SimulatorView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance form(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        PartnerEntity partner = scope.partner();
        Evidence evidence = evidence(partnerId, scorecards.monthOrLatest(partnerId, asOf));
        SimulatorForm form = new SimulatorForm();
        form.values.put("asOf", evidence.asOf().toString());
        return view(partner, evidence, ScoreCalculator.score(evidence, scorecards.ruleSets()), null, form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulate(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf,
            MultivaluedMap<String, String> fields) {
        PartnerEntity partner = scope.partner();
        SimulatorForm form = SimulatorForm.of(fields);
        // The month the page showed (a hidden field): the latest month with data when it is missing or malformed.
        YearMonth currentMonth = form.month("currentAsOf");
        if (currentMonth == null) {
            currentMonth = scorecards.latestMonth(partnerId);
        }
        Evidence current = evidence(partnerId, currentMonth);
        Scorecard currentScorecard = ScoreCalculator.score(current, scorecards.ruleSets());
        YearMonth target = form.asOf(currentMonth);
        Evidence base = target.equals(currentMonth) ? current : evidence(partnerId, target);
        form.validate(validator);
        List<Change> changes = form.changes(base);
        Evidence changed = null;
        if (form.errors.isEmpty()) {
            try {
                changed = WhatIf.change(base, changes);
            } catch (IllegalArgumentException e) {
                // A change that contradicts the evidence (a certification the person already holds, …).
                form.errors.put("changes", e.getMessage());
            }
        }
        if (!form.errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(view(partner, current, currentScorecard, null, form)).build();
        }
        Scorecard simulated = ScoreCalculator.score(changed, scorecards.ruleSets());
        return Response.ok(view(partner, current, currentScorecard, simulated, form)).build();
    }

    private TemplateInstance view(PartnerEntity partner, Evidence evidence, Scorecard current, Scorecard simulated,
            SimulatorForm form) {
        YearMonth latest = scorecards.latestMonth(partner.partnerId);
        List<YearMonth> months = new ArrayList<>();
        for (int i = -3; i < 24; i++) {
            months.add(latest.minusMonths(i));
        }
        List<String> customerIds = new ArrayList<>(evidence.customers().stream().map(Customer::id).toList());
        for (int i = 1; i <= SimulatorForm.ROWS; i++) {
            customerIds.add(SimulatorForm.hypotheticalCustomer(i));
        }
        form.values.put("currentAsOf", evidence.asOf().toString());
        return Templates.simulator(new SimulatorView(partner, current, simulated,
                simulated == null ? null : ScorecardDiff.between(current, simulated), form, months, customerIds,
                scorecards.ruleSets().forMonth(evidence.asOf()).certifications().counting(), evidence.customers(),
                evidence.professionals()));
    }

    private Evidence evidence(String partnerId, YearMonth month) {
        return scorecards.evidence(partnerId, month).orElseThrow(NotFoundException::new);
    }
}
