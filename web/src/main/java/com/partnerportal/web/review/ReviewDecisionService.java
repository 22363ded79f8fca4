package com.partnerportal.web.review;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.DecisionRefusal;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviewers' decisions, single and in bulk. Every decision goes through {@link AssociationWorkflow}; this service
 * adds the separation-of-duties rule: a reviewer who is a member of the partner may not decide.
 */
@ApplicationScoped
public class ReviewDecisionService {

    @Inject
    AssociationWorkflow workflow;

    @Inject
    ReviewQueueService queue;

    @Inject
    CurrentUser user;

    /**
     * A reviewer's decision on one association, through the workflow: 403 when the reviewer is a member of the
     * partner, 409 ("already decided by X at T") when someone decided first, 400 without a required reason.
     */
    public ReviewedAssociation decide(AssociationKind kind, String partnerId, long id, long version,
            AssociationState target, String reason) {
        if (!EnumSet.of(AssociationState.APPROVED, AssociationState.REJECTED, AssociationState.CHANGES_REQUESTED)
                .contains(target)) {
            throw new IllegalArgumentException("Not a reviewer's decision: " + target);
        }
        requireMayDecide(partnerId);
        return workflow.moveOrExplain(kind, partnerId, id, version, target, user.actor(), reason);
    }

    /** The outcome of one row of a bulk approval. */
    public record BulkOutcome(QueueRow row, Selection selection, boolean approved, String message) {
    }

    /**
     * Approves each selected row through the workflow, each in its own transaction, with the version the reviewer
     * saw. A row someone else decided first is reported as a conflict; the others are approved. When any row belongs
     * to a partner the reviewer is a member of, nothing is decided (403).
     */
    public List<BulkOutcome> bulkApprove(List<Selection> selections) {
        for (Selection selection : selections) {
            requireMayDecide(selection.partnerId());
        }
        Map<Selection, QueueRow> rows = new LinkedHashMap<>();
        for (QueueRow row : queue.selected(selections)) {
            rows.put(new Selection(row.kind(), row.id(), row.version(), row.partnerId()), row);
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Selection selection : selections) {
            QueueRow row = rows.get(selection);
            if (row == null) {
                outcomes.add(new BulkOutcome(null, selection, false, "No such association."));
                continue;
            }
            try {
                decide(selection.kind(), selection.partnerId(), selection.id(), selection.version(),
                        AssociationState.APPROVED, null);
                outcomes.add(new BulkOutcome(row, selection, true, "Approved."));
            } catch (ProblemException e) {
                outcomes.add(new BulkOutcome(row, selection, false, e.problem().detail()));
            } catch (NotFoundException e) {
                outcomes.add(new BulkOutcome(row, selection, false, "No such association."));
            }
        }
        return outcomes;
    }

    /** Separation of duties: a reviewer who is a member of the partner (in any role) may not decide for it. */
    public void requireMayDecide(String partnerId) {
        refusal(partnerId).ifPresent(refusal -> {
            throw new ForbiddenException(refusal.message(partnerId,
                    user.membership(partnerId).map(Membership::partnerName).orElse(partnerId)));
        });
    }

    /** Why the current user may not decide the partner's associations (core's rule); empty when they may. */
    public Optional<DecisionRefusal> refusal(String partnerId) {
        return ReviewModel.mayDecide(user.isReviewer(), isMember(partnerId));
    }

    public boolean isMember(String partnerId) {
        return user.membership(partnerId).isPresent();
    }
}
