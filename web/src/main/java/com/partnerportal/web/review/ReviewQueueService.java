package com.partnerportal.web.review;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.review.ReviewQueueQuery;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reviewers' queue: the submitted associations of every partner, the counts per state, a bulk selection. */
@ApplicationScoped
public class ReviewQueueService {

    @Inject
    ReviewQueueQuery queue;

    @Inject
    AssociationRepository associations;

    @Inject
    PartnerRepository partners;

    @Inject
    CurrentUser user;

    /** The submitted associations matching the filter, oldest first, one page of them. */
    @Transactional
    public Page<QueueRow> queue(QueueFilter filter, Integer page) {
        var criteria = filter.criteria();
        return Page.fetched(queue.count(criteria), page, offset -> queue.entries(criteria, offset, Page.SIZE).stream()
                .map(entry -> QueueRow.of(entry, isMember(entry.partnerId()))).toList(), "submitted", "asc");
    }

    /** How many associations are in each state, for the filter's partner, type and kind (age does not apply). */
    @Transactional
    public Map<AssociationState, Long> counts(QueueFilter filter) {
        return queue.countsByState(filter.criteria());
    }

    /** The selected rows as they are now, for the bulk confirmation; a row that no longer exists is left out. */
    @Transactional
    public List<QueueRow> selected(List<Selection> selections) {
        List<QueueRow> rows = new ArrayList<>();
        for (Selection selection : selections) {
            Optional<AssociationRecord> found = associations.record(selection.kind(), selection.partnerId(),
                    selection.id());
            if (found.isEmpty()) {
                continue;
            }
            AssociationRecord a = found.get();
            PartnerEntity partner = partners.findById(a.partnerId());
            rows.add(new QueueRow(a.kind(), a.id(), partner.partnerId, partner.name, a.subjectId(), a.subjectName(),
                    a.detail(), a.type(), a.reference(), a.submittedBy(), a.submittedAt(), selection.version(),
                    isMember(partner.partnerId)));
        }
        return rows;
    }

    private boolean isMember(String partnerId) {
        return user.membership(partnerId).isPresent();
    }
}
