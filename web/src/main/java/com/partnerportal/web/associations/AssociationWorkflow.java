package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.core.review.ReviewRefusal;
import com.partnerportal.persistence.LostUpdate;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.professional.CertificationClaimEntity;
import com.partnerportal.web.error.Problem;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.mail.Notifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves stored associations between review states as core's {@link ReviewModel} decides — allowed moves, the
 * version the caller saw, the reason rules — applies the {@link Move} it returns, writes the audit event it
 * describes, and after a reviewer's decision (or anything else that changes what is approved) recomputes the
 * partner's current snapshot. Partners' withdrawals and resubmissions, reviewers' single and bulk decisions all
 * come through here.
 */
@ApplicationScoped
public class AssociationWorkflow {

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    @Inject
    ScoreLedger ledger;

    @Inject
    Notifications notifications;

    @Inject
    PartnerRepository partners;

    /** The association of this partner, or 404 (an association of another partner does not exist for the caller). */
    public ReviewedAssociation find(AssociationKind kind, String partnerId, long id) {
        return associations.find(kind, partnerId, id).orElseThrow(() -> new NotFoundException("No such association"));
    }

    /**
     * Moves the association to {@code target}.
     *
     * @param expectedVersion the version the caller saw (from the form); null to skip that check
     * @throws ReviewProblem 409 when the move is not allowed from the current state or someone else moved it
     *         first ("already decided by X at T"), 400 when a required reason is missing or too long
     */
    @Transactional
    public ReviewedAssociation move(AssociationKind kind, String partnerId, long id, Long expectedVersion,
            AssociationState target, String actor, String reason) {
        ReviewedAssociation association = find(kind, partnerId, id);
        associations.lockOptimistically(association);
        Move move;
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // a withdrawal is the partner's: core says which states it may leave (an approved certification link too)
            move = target == AssociationState.WITHDRAWN
                    ? ReviewModel.withdraw(kind, association.reviewedState(), expectedVersion, actor, now)
                    : ReviewModel.move(association.reviewedState(), expectedVersion, target, actor, reason, now);
        } catch (ReviewRefusal refusal) {
            throw new ReviewProblem(refusal);
        }
        if (association instanceof CertificationClaimEntity link && move.to() == AssociationState.APPROVED
                && link.revises != null) {
            // the approved edit of an approved link replaces it: that one ends first (one open link per certification)
            endEditedLink(link, actor, move.at());
        }
        // A submission keeps the fields it sends, for the reviewer's "changed since the last submission" (read before
        // the move is applied, so that the move stays one update of the row).
        String submittedFields = move.submits() ? associations.fieldsNow(kind, partnerId, id) : null;
        association.apply(move);
        if (submittedFields != null) {
            association.submitted(submittedFields);
        }
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(kind), String.valueOf(id),
                move.before(), move.after(), move.reason());
        // The partner's admins are told of a reviewer's decision: queued in this transaction, sent once it committed.
        if (Notifications.isReviewersDecision(move)) {
            notifications.decided(associations.record(kind, partnerId, id).orElseThrow(), move);
        }
        if (move.changesWhatCounts()) {
            // What counts changed: the open month's scorecard follows in this transaction; closed months stay
            // as recorded.
            ledger.evidenceChanged(partnerId);
        }
        if (kind == AssociationKind.PROFESSIONAL && move.to() == AssociationState.APPROVED) {
            endLinksElsewhere(partnerId, id, actor, move.at());
        }
        if (kind == AssociationKind.CERTIFICATION && move.from() == AssociationState.APPROVED
                && move.to() == AssociationState.WITHDRAWN) {
            withdrawOpenEdit(partnerId, id, actor, move.at());
        }
        return association;
    }

    /**
     * Issue 12, point 1: approving the edit of an approved certification link ends the link it edits — core's
     * {@link ReviewModel#supersede}, decided by the approving reviewer, audited on that link — in the approval's
     * transaction, so exactly one of the two counts at any time. A link that is no longer approved (the partner
     * withdrew it) is left as it is: the edit, verified now, counts on its own.
     */
    private void endEditedLink(CertificationClaimEntity edit, String actor, OffsetDateTime at) {
        ReviewedAssociation edited = associations.find(AssociationKind.CERTIFICATION, edit.partnerId, edit.revises)
                .orElse(null);
        if (edited == null || edited.state != AssociationState.APPROVED) {
            return;
        }
        associations.lockOptimistically(edited);
        Move end;
        try {
            end = ReviewModel.supersede(edited.reviewedState(), actor, "Replaced by its edit, certification link "
                    + edit.id + ", approved.", at);
        } catch (ReviewRefusal refusal) {
            throw new ReviewProblem(refusal);
        }
        edited.apply(end);
        associations.flush();
        audit.record(actor, end.action(), edit.partnerId, AssociationRepository.table(AssociationKind.CERTIFICATION),
                String.valueOf(edited.id), end.before(), end.after(), end.reason());
    }

    /**
     * Withdrawing an approved certification link withdraws its edit awaiting review (or its draft) too — core's
     * move, audited — so a reviewer is not asked to approve the edit of a certification the partner removed. An edit
     * sent back for changes stays with the partner: resubmitted, it is reviewed as a link of its own.
     */
    private void withdrawOpenEdit(String partnerId, long id, String actor, OffsetDateTime at) {
        CertificationClaimEntity edit = associations.openEdit(partnerId, id).orElse(null);
        if (edit == null || !edit.state.canMoveTo(AssociationState.WITHDRAWN)) {
            return;
        }
        associations.lockOptimistically(edit);
        Move withdrawn;
        try {
            withdrawn = ReviewModel.move(edit.reviewedState(), null, AssociationState.WITHDRAWN, actor,
                    "The certification link it edits (" + id + ") was withdrawn.", at);
        } catch (ReviewRefusal refusal) {
            throw new ReviewProblem(refusal);
        }
        edit.apply(withdrawn);
        associations.flush();
        audit.record(actor, withdrawn.action(), partnerId, AssociationRepository.table(AssociationKind.CERTIFICATION),
                String.valueOf(edit.id), withdrawn.before(), withdrawn.after(), withdrawn.reason());
    }

    /**
     * One person, one partner (issue 12, point 2): the professional just approved for {@code partnerId} stops counting
     * for any other partner — each approved association of the same MCID elsewhere is ended by core's
     * {@link ReviewModel#supersede} in this transaction, audited on that partner, its scorecard recomputed, and its
     * admins told by mail.
     */
    private void endLinksElsewhere(String partnerId, long id, String actor, OffsetDateTime at) {
        var approved = associations.record(AssociationKind.PROFESSIONAL, partnerId, id).orElseThrow();
        String partnerName = partners.findByIdOptional(partnerId).map(p -> p.name).orElse(partnerId);
        for (var other : associations.approvedElsewhere(approved.subjectId(), partnerId)) {
            ReviewedAssociation ended = find(AssociationKind.PROFESSIONAL, other.partnerId(), other.id());
            associations.lockOptimistically(ended);
            Move end;
            try {
                end = ReviewModel.supersede(ended.reviewedState(), actor, "MCID " + approved.subjectId()
                        + " was approved for " + partnerName + " (" + partnerId
                        + "); a person counts for one partner.", at);
            } catch (ReviewRefusal refusal) {
                throw new ReviewProblem(refusal);
            }
            ended.apply(end);
            associations.flush();
            audit.record(actor, end.action(), other.partnerId(),
                    AssociationRepository.table(AssociationKind.PROFESSIONAL), String.valueOf(other.id()),
                    end.before(), end.after(), end.reason());
            notifications.decided(associations.record(AssociationKind.PROFESSIONAL, other.partnerId(), other.id())
                    .orElseThrow(), end);
            ledger.evidenceChanged(other.partnerId());
        }
    }

    /**
     * {@link #move} for callers that race others (two reviewers deciding one item): when the other transaction
     * committed first, the loser gets a 409 saying who decided, and when — never a lost update.
     */
    public ReviewedAssociation moveOrExplain(AssociationKind kind, String partnerId, long id, Long expectedVersion,
            AssociationState target, String actor, String reason) {
        try {
            return move(kind, partnerId, id, expectedVersion, target, actor, reason);
        } catch (RuntimeException e) {
            if (LostUpdate.causes(e)) {
                throw QuarkusTransaction.requiringNew().call(() -> new ProblemException(Problem.of(409,
                        ReviewModel.conflict(find(kind, partnerId, id).reviewedState()))));
            }
            throw e;
        }
    }
}
