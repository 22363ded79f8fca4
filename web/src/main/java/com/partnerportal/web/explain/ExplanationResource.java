package com.partnerportal.web.explain;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.review.AssociationKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.security.Authenticated;

import com.partnerportal.core.scoring.CertificationsExplanation;
import com.partnerportal.core.scoring.CustomerLine;
import com.partnerportal.core.scoring.DeploymentLine;
import com.partnerportal.core.scoring.DeploymentsExplanation;
import com.partnerportal.core.scoring.NetCustomerAddsExplanation;
import com.partnerportal.core.scoring.ProfessionalLine;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.scoring.UsageGrowthExplanation;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.view.Page;
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
import java.util.Comparator;
import java.util.Map;

/** One page per metric, from core's explanation: every customer, professional and deployment, and why. */
@Authenticated
@Path("/partners/{partnerId}/explain")
@Produces(MediaType.TEXT_HTML)
public class ExplanationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customers(PartnerEntity partner, Scorecard scorecard,
                NetCustomerAddsExplanation explanation, Page<CustomerLine> page, String base,
                List<NotCounted> notCounted);

        static native TemplateInstance certifications(PartnerEntity partner, Scorecard scorecard,
                CertificationsExplanation explanation, Page<ProfessionalLine> page, String base,
                List<NotCounted> notCounted);

        static native TemplateInstance usageGrowth(PartnerEntity partner, Scorecard scorecard,
                UsageGrowthExplanation explanation, List<NotCounted> notCounted);

        static native TemplateInstance deployments(PartnerEntity partner, Scorecard scorecard,
                DeploymentsExplanation explanation, Page<DeploymentLine> page, String base,
                List<NotCounted> notCounted);
    }

    static final Map<String, Comparator<CustomerLine>> CUSTOMER_SORTS = Map.of(
            "customer", Comparator.comparing(CustomerLine::customerId),
            "segment", Comparator.comparing((CustomerLine c) -> c.segment().name()).thenComparing(CustomerLine::customerId),
            "contribution", Comparator.comparingInt(CustomerLine::contribution).thenComparing(CustomerLine::customerId),
            "outcome", Comparator.comparing((CustomerLine c) -> c.outcome().name()).thenComparing(CustomerLine::customerId));

    static final Map<String, Comparator<ProfessionalLine>> PROFESSIONAL_SORTS = Map.of(
            "professional", Comparator.comparing(ProfessionalLine::professionalId),
            "name", Comparator.comparing((ProfessionalLine p) -> p.name() == null ? "" : p.name())
                    .thenComparing(ProfessionalLine::professionalId),
            "scoring", Comparator.comparing(ProfessionalLine::scoringIndividual)
                    .thenComparing(ProfessionalLine::professionalId));

    static final Map<String, Comparator<DeploymentLine>> DEPLOYMENT_SORTS = Map.of(
            "customer", Comparator.comparing(DeploymentLine::customerId).thenComparing(DeploymentLine::date),
            "service", Comparator.comparing(DeploymentLine::service).thenComparing(DeploymentLine::customerId),
            "date", Comparator.comparing(DeploymentLine::date).thenComparing(DeploymentLine::customerId),
            "status", Comparator.comparing((DeploymentLine d) -> d.status().name()).thenComparing(DeploymentLine::date));

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @Inject
    NotCountedService notCounted;

    /** One metric's page, rendered from the explained scorecard and the table's sort, direction and page. */
    private interface Renderer {
        TemplateInstance render(Explained it, String sort, String dir, String page);
    }

    /** The four explanation pages by their path segment. */
    private static final Map<String, Renderer> PAGES = Map.of(
            "customers", (it, sort, dir, page) -> {
                NetCustomerAddsExplanation explanation = it.scorecard().explanation().netCustomerAdds();
                return Templates.customers(it.partner(), it.scorecard(), explanation, Page.of(explanation.customers(),
                        CUSTOMER_SORTS, sort, dir, "customer", Page.number(page)), it.base(), it.customersNotCounted());
            },
            "certifications", (it, sort, dir, page) -> {
                CertificationsExplanation explanation = it.scorecard().explanation().intermediateCertifications();
                return Templates.certifications(it.partner(), it.scorecard(), explanation, Page.of(
                        explanation.professionals(), PROFESSIONAL_SORTS, sort, dir, "professional",
                        Page.number(page)), it.base(), it.peopleNotCounted());
            },
            "usage-growth", (it, sort, dir, page) -> Templates.usageGrowth(it.partner(), it.scorecard(),
                    it.scorecard().explanation().usageGrowth(), it.customersNotCounted()),
            "deployments", (it, sort, dir, page) -> {
                DeploymentsExplanation explanation = it.scorecard().explanation().deployments();
                return Templates.deployments(it.partner(), it.scorecard(), explanation, Page.of(
                        explanation.deployments(), DEPLOYMENT_SORTS, sort, dir, "date", Page.number(page)), it.base(),
                        it.customersNotCounted());
            });

    @GET
    @Path("{metric}")
    public TemplateInstance explain(@PathParam("partnerId") String partnerId, @PathParam("metric") String metric,
            @QueryParam("asOf") String asOf, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page) {
        Renderer renderer = PAGES.get(metric);
        if (renderer == null) {
            throw new NotFoundException("No such explanation");
        }
        return renderer.render(explained(partnerId, asOf, metric), sort, dir, page);
    }

    /**
     * What every explanation page starts from: the partner (ownership checked), the month's scorecard, its URL, and
     * the month's evidence with the partner's submissions that do not count in it.
     */
    private record Explained(PartnerEntity partner, Scorecard scorecard, String base, Evidence evidence,
            NotCountedService notCounted) {

        List<NotCounted> customersNotCounted() {
            return notCounted.list(AssociationKind.CUSTOMER, evidence);
        }

        /** Professionals that do not count, then certification links that do not. */
        List<NotCounted> peopleNotCounted() {
            List<NotCounted> items = new ArrayList<>(notCounted.list(AssociationKind.PROFESSIONAL, evidence));
            items.addAll(notCounted.list(AssociationKind.CERTIFICATION, evidence));
            return items;
        }
    }

    /** The URL of the partner's explanation of one metric ({@code metric}: its slug, e.g. "customers") for a month. */
    public static String href(String partnerId, String metric, YearMonth month) {
        return "/partners/" + partnerId + "/explain/" + metric + "?asOf=" + month;
    }

    /** Checks the caller may see the partner, scores the month asked for (else the latest) and names the page's URL. */
    private Explained explained(String partnerId, String asOf, String metric) {
        PartnerEntity partner = scope.partner();
        YearMonth month = scorecards.monthOrLatest(partnerId, asOf);
        Scorecard scorecard = scorecards.scorecard(partnerId, month).orElseThrow(NotFoundException::new);
        Evidence evidence = scorecards.evidence(partnerId, month).orElseThrow(NotFoundException::new);
        // The page's own URL with its month: sort and page links add to it.
        return new Explained(partner, scorecard, href(partnerId, metric, scorecard.asOf()), evidence, notCounted);
    }
}
