package com.partnerportal.web.pdf;

import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.persistence.partner.PartnerSummary;
import com.partnerportal.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.logging.Logger;

/**
 * Program admins: every partner's scorecard PDF for a month in one ZIP,
 * {@code GET /admin/scorecards.zip?asOf=YYYY-MM[&paper=a4|letter]}. The ZIP is streamed while it is built: each
 * partner's scorecard is computed, rendered into its entry and sent before the next one starts.
 */
@Path("/admin/scorecards.zip")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class ScorecardArchiveResource {

    public static final String APPLICATION_ZIP = "application/zip";
    private static final Logger LOG = Logger.getLogger(ScorecardArchiveResource.class);

    @Inject
    ScorecardPdfService pdfs;

    @GET
    @Produces(APPLICATION_ZIP)
    public Response archive(@QueryParam("asOf") String asOf, @QueryParam("paper") String paper) {
        YearMonth month = AsOf.parse(asOf);
        if (month == null) {
            throw ProblemException.badRequest("Missing query parameter", List.of("asOf: required (YYYY-MM)"));
        }
        Paper size = Paper.parse(paper);
        List<PartnerSummary> partners = pdfs.partners();
        StreamingOutput body = out -> {
            // Deliberately not closed on failure: closing would write the central directory and hand the client a
            // valid-looking ZIP without the remaining partners. A broken transfer is the honest result; the deflater's
            // native memory is released by its cleaner.
            ZipOutputStream zip = new ZipOutputStream(out);
            Set<String> names = new HashSet<>();
            for (PartnerSummary partner : partners) {
                try {
                    ScorecardPdfView view = pdfs.view(partner, month);
                    zip.putNextEntry(new ZipEntry(PdfFilenames.unique(PdfFilenames.scorecard(partner.partnerId(),
                            month), names)));
                    pdfs.write(view, size, zip);
                    zip.closeEntry();
                    zip.flush();
                } catch (RuntimeException e) {
                    // The status line is gone: all that is left is to end the transfer, and to log why.
                    LOG.errorf(e, "Scorecard archive for %s stopped at partner %s", month, partner.partnerId());
                    throw e;
                }
            }
            zip.finish();
        };
        return Response.ok(body, APPLICATION_ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, PdfFilenames.attachment(PdfFilenames.archive(month)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
