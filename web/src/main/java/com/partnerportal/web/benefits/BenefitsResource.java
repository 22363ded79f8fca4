package com.partnerportal.web.benefits;

import io.quarkus.security.Authenticated;

import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.ProductBenefits;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.program.SpecializationIncrement;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.scoring.SpecializationLine;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.ScopedPartner;
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
import java.util.List;

/** What the partner is entitled to now — or would get by attaining — and the nine Data & AI specializations. */
@Authenticated
@Path("/partners/{partnerId}/benefits")
@Produces(MediaType.TEXT_HTML)
public class BenefitsResource {

    /** A specialization of Data & AI with its name under the scorecard's rule set, held (since when, how it counts) or not. */
    public record SpecializationRow(Specialization id, String name, SpecializationLine held) {
    }

    /**
     * The benefits page: {@code entitled} is the scorecard's benefits (null when not attained); {@code onAttaining}
     * is what attaining would bring with the specializations held today.
     */
    public record BenefitsView(PartnerEntity partner, Scorecard scorecard, Benefits entitled, Benefits onAttaining,
            ProductBenefits designation, SpecializationIncrement increment, int cap, List<SpecializationRow> rows) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance benefits(BenefitsView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @GET
    public TemplateInstance benefits(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf) {
        PartnerEntity partner = scope.partner();
        Scorecard scorecard = scorecards.scorecard(partnerId, scorecards.monthOrLatest(partnerId, asOf))
                .orElseThrow(NotFoundException::new);
        List<SpecializationLine> lines = scorecard.explanation().specializations().specializations();
        Benefits onAttaining = Entitlements.onAttaining(scorecard);
        List<SpecializationRow> rows = java.util.Arrays.stream(Specialization.values())
                .map(id -> new SpecializationRow(id, scorecard.ruleSet().nameOf(id), lines.stream().filter(line -> line.id() == id).findFirst()
                        .orElse(null)))
                .toList();
        return Templates.benefits(new BenefitsView(partner, scorecard, scorecard.benefits(), onAttaining,
                BenefitCatalogue.DATA_AI_AZURE, BenefitCatalogue.PER_AZURE_SPECIALIZATION, BenefitCatalogue.STACKING_CAP,
                rows));
    }
}
