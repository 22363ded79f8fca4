package com.partnerportal.web.review;

import com.partnerportal.core.review.FieldChange;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.scoring.MonthAmount;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.whatif.ScorecardDiff;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.associations.AssociationRow;
import java.time.YearMonth;
import java.util.List;

/**
 * What a reviewer sees of one association: the partner, the association, its supporting data (a customer's ACR
 * over the last 13 months or a professional's certifications), the partner's other associations of the same
 * customer or professional, and — while it awaits a decision — the score impact of approving it. {@code edits}: the
 * approved certification link this one is an edit of (issue 12, point 1), while that link is approved; else null.
 */
public record ReviewDetail(PartnerEntity partner, AssociationRow association, YearMonth asOf, List<MonthAmount> acr,
        List<Certification> certifications, List<AssociationRow> related, Impact impact, List<FieldChange> changes,
        List<Conflict> conflicts, AssociationRow edits) {

    /**
     * One person, one partner: the same MCID approved for another partner — approving this association ends that one.
     */
    public record Conflict(String partnerId, String partnerName, String decidedBy, java.time.OffsetDateTime decidedAt) {
    }

    /** The current scorecard, the scorecard with the association approved, and their per-metric difference. */
    public record Impact(Scorecard current, Scorecard projected, ScorecardDiff diff, String note) {
    }

    public boolean pending() {
        return association.state() == AssociationState.SUBMITTED;
    }

    public String href() {
        return "/review/" + association.kind().slug() + "/" + partner.partnerId + "/" + association.id();
    }
}
