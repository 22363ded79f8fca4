package com.partnerportal.core.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The one review model every path uses — a partner's submission, withdrawal and resubmission, a reviewer's decision,
 * a bulk approval and an import's approval: which moves are allowed ({@link AssociationState#next()}), who may
 * decide (separation of duties), which decisions need a reason and how long it may be, the version check, the
 * wording of a conflict, and the audit payload (on {@link Move}). Plain Java: persistence applies the {@link Move}
 * it returns, web turns a {@link ReviewRefusal} into a 409 or a 400.
 */
public final class ReviewModel {

    /** The longest reason a decision may carry (the column holds 2000 characters). */
    public static final int MAX_REASON = 2000;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private ReviewModel() {
    }

    /** A partner admin submits a new association for review. */
    public static Move submit(String actor, OffsetDateTime at) {
        return new Move(null, AssociationState.SUBMITTED, actor, at, null, false);
    }

    /** A partner admin saves a new association as a draft, to submit later (nothing is reviewed yet). */
    public static Move draft(String actor, OffsetDateTime at) {
        return new Move(null, AssociationState.DRAFT, actor, at, null, false);
    }

    /**
     * Whether the partner may edit the association's fields (issue 12, point 3): a draft, or one a reviewer sent back
     * for changes — never one awaiting a decision or decided. Refused with CONFLICT (worded like a move's conflict)
     * when it is in another state or the caller saw another version ({@code expectedVersion}; null skips that check).
     */
    public static void mayEdit(ReviewedState current, Long expectedVersion) {
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, conflict(current), null, null);
        }
        if (!current.state().editable()) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, "Only a draft or an association sent back for"
                    + " changes can be edited; this one is " + label(current.state()) + ".", null, null);
        }
    }

    /**
     * Whether the partner may withdraw an association of this kind in this state: a draft or one awaiting review, and
     * an approved one of a kind {@linkplain AssociationKind#changeableOnceApproved() changeable once approved} (it
     * stops counting at once).
     */
    public static boolean mayWithdraw(AssociationKind kind, AssociationState state) {
        return state.canMoveTo(AssociationState.WITHDRAWN)
                || state == AssociationState.APPROVED && kind.changeableOnceApproved();
    }

    /**
     * Whether the partner may open the edit of an association of this kind in this state: a draft or one sent back
     * for changes (edited in place), or an approved one of a kind changeable once approved (the edit is a new
     * submission, {@link #editsAsNewSubmission}).
     */
    public static boolean mayOpenEdit(AssociationKind kind, AssociationState state) {
        return state.editable() || state == AssociationState.APPROVED && kind.changeableOnceApproved();
    }

    /**
     * The partner withdraws an association (issue 12, points 1 and 3): a draft or one awaiting review as
     * {@link #move} allows, and an approved certification link — claimed in error or no longer held — which stops
     * counting at once (the caller re-scores the open month: {@link Move#changesWhatCounts()}). CONFLICT when the
     * caller saw another version or it cannot be withdrawn from its state.
     */
    public static Move withdraw(AssociationKind kind, ReviewedState current, Long expectedVersion, String actor,
            OffsetDateTime at) {
        if (current.state() == AssociationState.APPROVED && kind.changeableOnceApproved()) {
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, conflict(current), null, null);
            }
            return new Move(AssociationState.APPROVED, AssociationState.WITHDRAWN, actor, at, null, true);
        }
        return move(current, expectedVersion, AssociationState.WITHDRAWN, actor, null, at);
    }

    /**
     * How the partner's edit of an association is kept (issue 12, points 1 and 3): false — in place, for a draft or
     * one sent back for changes ({@link #mayEdit}); true — as a <em>new submission</em> beside it, for an approved
     * association of a kind changeable once approved. The approved version is what a reviewer verified: it keeps
     * counting until a reviewer decides the edit, and approving the edit ends it ({@link #supersede}); rejecting
     * it leaves it as it was. CONFLICT when the caller saw another version, when it is in a state that cannot be
     * edited, or when an edit of it is open already ({@code openEdit}: its state).
     */
    public static boolean editsAsNewSubmission(AssociationKind kind, ReviewedState current, Long expectedVersion,
            Optional<AssociationState> openEdit) {
        if (current.state() != AssociationState.APPROVED || !kind.changeableOnceApproved()) {
            mayEdit(current, expectedVersion);
            return false;
        }
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, conflict(current), null, null);
        }
        if (openEdit.isPresent()) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, "An edit of this " + noun(kind) + " is "
                    + label(openEdit.get()) + " already: change that one (or withdraw it) instead.", null, null);
        }
        return true;
    }

    /**
     * One person, one partner (issue 12, point 2): approving a professional's association for one partner ends the
     * approved association of the same person (MCID) at another partner. Likewise approving the edit of an approved
     * certification link (issue 12, point 1) ends the version it replaces. The ended one moves APPROVED → WITHDRAWN,
     * decided by the approving reviewer with the reason given (which partner the person now counts for) — the only way
     * an approved association leaves APPROVED, and only as the consequence of that approval. CONFLICT when it is
     * not approved (any more).
     */
    public static Move supersede(ReviewedState current, String actor, String reason, OffsetDateTime at) {
        if (current.state() != AssociationState.APPROVED) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, conflict(current), null, null);
        }
        return new Move(AssociationState.APPROVED, AssociationState.WITHDRAWN, actor, at, reason, true);
    }

    /**
     * Moves an association to {@code target}: refused when a required reason is missing or too long (INVALID), when
     * the caller saw another version ({@code expectedVersion}; null skips that check) or the move is not allowed
     * from its state (CONFLICT, worded by {@link #conflict}).
     */
    public static Move move(ReviewedState current, Long expectedVersion, AssociationState target, String actor,
            String reason, OffsetDateTime at) {
        String trimmed = reason == null ? null : reason.strip();
        if (target.needsReason() && (trimmed == null || trimmed.isEmpty())) {
            throw new ReviewRefusal(ReviewRefusal.Kind.INVALID, "A reason is required to " + verb(target) + ".",
                    "reason", "enter the reason; the partner sees it");
        }
        if (trimmed != null && trimmed.length() > MAX_REASON) {
            throw new ReviewRefusal(ReviewRefusal.Kind.INVALID, "The reason is too long.", "reason",
                    "at most " + MAX_REASON + " characters");
        }
        if (expectedVersion != null && current.version() != expectedVersion || !current.state().canMoveTo(target)) {
            throw new ReviewRefusal(ReviewRefusal.Kind.CONFLICT, conflict(current), null, null);
        }
        return new Move(current.state(), target, actor, at, trimmed == null || trimmed.isEmpty() ? null : trimmed,
                target != AssociationState.SUBMITTED);
    }

    /**
     * What an evidence import does with an association its file names, given the latest association of the same
     * customer and type (or professional) — {@code latest} null when there is none. An import never bypasses
     * review: a REJECTED or WITHDRAWN decision stands (nothing is moved and nothing inserted beside it), an APPROVED
     * one is left alone, and one awaiting the partner (a draft, or sent back for changes) is left to the partner.
     * Otherwise the association arrives SUBMITTED for review; only when the program admin marked the import a
     * <em>verified source</em> is it approved — a submitted one moves to APPROVED as a reviewer's approval would,
     * a new one is inserted approved — with the admin as decider and the import's id as the reason.
     * Empty when nothing is written.
     */
    public static Optional<Move> imported(AssociationState latest, boolean verifiedSource, String importId,
            String actor, OffsetDateTime at) {
        String reason = (verifiedSource ? "Approved: verified import " : "Submitted by import ") + importId;
        if (latest == null) {
            return Optional.of(verifiedSource
                    ? new Move(null, AssociationState.APPROVED, actor, at, reason, true)
                    : new Move(null, AssociationState.SUBMITTED, actor + " (import " + importId + ")", at, reason,
                            false));
        }
        if (latest == AssociationState.SUBMITTED && verifiedSource) {
            return Optional.of(new Move(latest, AssociationState.APPROVED, actor, at, reason, true));
        }
        return Optional.empty();
    }

    /** How an import left an association it could not move, in words for its result. */
    public static String importKept(AssociationState latest) {
        return switch (latest) {
            case REJECTED, WITHDRAWN -> label(latest) + ": the decision stands";
            case APPROVED -> "already approved";
            case SUBMITTED -> "already awaiting review";
            case DRAFT, CHANGES_REQUESTED -> label(latest) + ": left to the partner";
        };
    }

    /** Who may decide a partner's associations: reviewers who are not its members. Empty when this one may. */
    public static Optional<DecisionRefusal> mayDecide(boolean reviewer, boolean memberOfPartner) {
        if (!reviewer) {
            return Optional.of(DecisionRefusal.NOT_A_REVIEWER);
        }
        return memberOfPartner ? Optional.of(DecisionRefusal.MEMBER_OF_PARTNER) : Optional.empty();
    }

    /** The 409's words: who moved the association last, and when — or that it changed since it was opened. */
    public static String conflict(ReviewedState current) {
        String by = current.decidedBy() != null ? current.decidedBy() : current.submittedBy();
        OffsetDateTime at = current.decidedAt() != null ? current.decidedAt() : current.submittedAt();
        return switch (current.state()) {
            case APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN -> "Already " + label(current.state())
                    + (by != null ? " by " + by : "")
                    + (at != null ? " at " + WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC)) : "") + ".";
            default -> "This association is " + label(current.state())
                    + " and was changed since you opened it; reload it and try again.";
        };
    }

    /** A state in words: "approved", "sent back for changes", … */
    public static String label(AssociationState state) {
        return switch (state) {
            case DRAFT -> "a draft";
            case SUBMITTED -> "submitted";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case CHANGES_REQUESTED -> "sent back for changes";
            case WITHDRAWN -> "withdrawn";
        };
    }

    private static String noun(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> "customer association";
            case PROFESSIONAL -> "professional";
            case CERTIFICATION -> "certification";
        };
    }

    private static String verb(AssociationState target) {
        return target == AssociationState.REJECTED ? "reject" : "request changes";
    }
}
