package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.LostUpdate;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.web.error.Problem;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves associations between review states — the one place that does. Each move checks that it is allowed
 * (see {@link AssociationState#next()}), that nobody moved the association since the caller looked at it
 * (optimistic version), and that a rejection or change request has a reason; it writes an audit event with
 * the states before and after, and after a reviewer's decision (or anything else that changes what is approved)
 * recomputes the partner's current snapshot.
 */
@ApplicationScoped
public class AssociationWorkflow {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    @Inject
    ScoreLedger ledger;

    /** The association of this partner, or 404 (an association of another partner does not exist for the caller). */
    public ReviewedAssociation find(AssociationKind kind, String partnerId, long id) {
        return associations.find(kind, partnerId, id).orElseThrow(() -> new NotFoundException("No such association"));
    }

    /**
     * Moves the association to {@code target}.
     *
     * @param expectedVersion the version the caller saw (from the form); null to skip that check
     * @throws ProblemException 409 when the move is not allowed from the current state or someone else moved it
     *         first ("already decided by X at T"), 400 when a required reason is missing
     */
    @Transactional
    public ReviewedAssociation move(AssociationKind kind, String partnerId, long id, Long expectedVersion,
            AssociationState target, String actor, String reason) {
        ReviewedAssociation association = find(kind, partnerId, id);
        associations.lockOptimistically(association);
        if (expectedVersion != null && association.version != expectedVersion) {
            throw conflict(association);
        }
        AssociationState from = association.state;
        if (!from.canMoveTo(target)) {
            throw conflict(association);
        }
        String trimmed = reason == null ? null : reason.strip();
        if (target.needsReason() && (trimmed == null || trimmed.isEmpty())) {
            throw ProblemException.badRequest("A reason is required",
                    List.of("reason: a reason is required to " + verb(target)));
        }
        if (trimmed != null && trimmed.length() > 2000) {
            throw ProblemException.badRequest("The reason is too long", List.of("reason: at most 2000 characters"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        association.state = target;
        if (target == AssociationState.SUBMITTED) {
            association.submittedBy = actor;
            association.submittedAt = now;
            association.decidedBy = null;
            association.decidedAt = null;
        } else {
            association.decidedBy = actor;
            association.decidedAt = now;
        }
        association.reason = trimmed == null || trimmed.isEmpty() ? association.reason : trimmed;
        if (target == AssociationState.SUBMITTED) {
            association.reason = null;
        }
        associations.flush();
        audit.record(actor, "ASSOCIATION_" + target.name(), partnerId, AssociationRepository.table(kind), String.valueOf(id),
                "{\"state\":\"" + from + "\"}", "{\"state\":\"" + target + "\"}", trimmed);
        if (from == AssociationState.APPROVED || target == AssociationState.APPROVED) {
            // What counts changed: the open month's scorecard follows in this transaction; closed months stay
            // as recorded.
            ledger.evidenceChanged(partnerId);
        }
        return association;
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
                throw QuarkusTransaction.requiringNew().call(() -> conflict(find(kind, partnerId, id)));
            }
            throw e;
        }
    }

    /** A 409 that says who moved the association last, and when. */
    static ProblemException conflict(ReviewedAssociation association) {
        String by = association.decidedBy != null ? association.decidedBy : association.submittedBy;
        OffsetDateTime at = association.decidedAt != null ? association.decidedAt : association.submittedAt;
        String detail = switch (association.state) {
            case APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN -> "Already " + label(association.state)
                    + (by != null ? " by " + by : "") + (at != null ? " at " + WHEN.format(at.withOffsetSameInstant(
                    ZoneOffset.UTC)) : "") + ".";
            default -> "This association is " + label(association.state)
                    + " and was changed since you opened it; reload it and try again.";
        };
        return new ProblemException(Problem.of(409, detail));
    }

    static String label(AssociationState state) {
        return switch (state) {
            case DRAFT -> "a draft";
            case SUBMITTED -> "submitted";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case CHANGES_REQUESTED -> "sent back for changes";
            case WITHDRAWN -> "withdrawn";
        };
    }

    private static String verb(AssociationState target) {
        return target == AssociationState.REJECTED ? "reject" : "request changes";
    }
}
