package com.partnerportal.web.pdf;

import io.quarkus.security.Authenticated;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.persistence.partner.PartnerSummary;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.security.ScopedPartner;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;

/**
 * A partner's scorecard as a PDF, for its members and program staff (anyone else: 404):
 * {@code GET /partners/{id}/scorecard.pdf?asOf=YYYY-MM&paper=a4|letter}.
 */
@Authenticated
@Path("/partners/{partnerId}/scorecard.pdf")
public class ScorecardPdfResource {

    public static final String APPLICATION_PDF = "application/pdf";

    @Inject
    ScopedPartner scope;

    @Inject
    ScorecardService scorecards;

    @Inject
    ScorecardPdfService pdfs;

    @GET
    @Produces(APPLICATION_PDF)
    public Response pdf(@PathParam("partnerId") String partnerId, @QueryParam("asOf") String asOf,
            @QueryParam("paper") String paper) {
        PartnerEntity partner = scope.partner();
        YearMonth month = AsOf.parse(asOf);
        Paper size = Paper.parse(paper);
        if (month == null) {
            month = scorecards.latestMonth(partner.partnerId);
        }
        byte[] pdf = pdfs.pdf(pdfs.view(new PartnerSummary(partner.partnerId, partner.name), month), size);
        return Response.ok(pdf, APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        PdfFilenames.attachment(PdfFilenames.scorecard(partner.partnerId, month)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
