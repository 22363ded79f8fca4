package com.partnerportal.web.pdf;

import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.partner.PartnerSummary;
import com.partnerportal.web.designation.DesignationLabels;
import com.partnerportal.web.designation.DesignationService;
import com.partnerportal.web.scorecard.ScorecardService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The scorecard PDF: computes a partner's scorecard for a month (keeping its snapshot, as every page does),
 * prints it with the Qute template {@code ScorecardPdfService/scorecard.html} (XHTML) and renders that to PDF.
 */
@ApplicationScoped
public class ScorecardPdfService {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(ScorecardPdfView view);
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    PdfRenderer renderer;

    @Inject
    PartnerRepository partners;

    @Inject
    DesignationService designations;

    Clock clock = Clock.systemUTC();

    /** Every partner, in id order. */
    @Transactional
    public List<PartnerSummary> partners() {
        return partners.summaries();
    }

    /** The partner's scorecard of {@code month}, ready to print; the partner must exist. */
    public ScorecardPdfView view(PartnerSummary partner, YearMonth month) {
        Scorecard scorecard = scorecards.scorecard(partner.partnerId(), month)
                .orElseThrow(() -> new IllegalStateException("No partner " + partner.partnerId()));
        DesignationStatus status = designations.status(partner.partnerId());
        return ScorecardPdfView.of(partner.partnerId(), partner.name(), scorecard, OffsetDateTime.now(clock),
                DesignationLabels.state(status) + (status.year() == null ? "" : ", to " + status.year().until())
                        + (status.renewalAtRisk() ? "; renewal at risk" : "") + " (on " + status.day() + ")");
    }

    /** The XHTML the PDF is rendered from. */
    public String xhtml(ScorecardPdfView view) {
        return Templates.scorecard(view).render();
    }

    /** Writes the PDF to {@code out}, leaving it open. */
    public void write(ScorecardPdfView view, Paper paper, OutputStream out) {
        renderer.render(xhtml(view), paper, out);
    }

    public byte[] pdf(ScorecardPdfView view, Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(view, paper, out);
        return out.toByteArray();
    }
}
