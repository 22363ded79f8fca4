package com.partnerportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 1, "edit and remove": an approved certification link is withdrawn by the partner (it stops counting)
 * or edited as a new submission (the approved version counts until the edit is decided); an approved customer or
 * professional is neither.
 */
class ChangeApprovedLinkTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 6, 0, 0, 0, ZoneOffset.UTC);

    private static ReviewedState in(AssociationState state, long version) {
        return new ReviewedState(state, version, "ada", AT, "rita", AT, null);
    }

    @Test
    void an_approved_certification_link_is_withdrawn_and_stops_counting() {
        Move move = ReviewModel.withdraw(AssociationKind.CERTIFICATION, in(AssociationState.APPROVED, 2), 2L, "ada",
                AT);
        assertThat(move.from()).isEqualTo(AssociationState.APPROVED);
        assertThat(move.to()).isEqualTo(AssociationState.WITHDRAWN);
        assertThat(move.changesWhatCounts()).as("the open month is re-scored").isTrue();
        assertThat(move.action()).isEqualTo("ASSOCIATION_WITHDRAWN");
        assertThat(ReviewModel.mayWithdraw(AssociationKind.CERTIFICATION, AssociationState.APPROVED)).isTrue();
    }

    @Test
    void a_withdrawal_of_a_version_not_seen_is_a_conflict() {
        assertThatThrownBy(() -> ReviewModel.withdraw(AssociationKind.CERTIFICATION, in(AssociationState.APPROVED, 3),
                2L, "ada", AT)).isInstanceOf(ReviewRefusal.class)
                .satisfies(e -> assertThat(((ReviewRefusal) e).kind()).isEqualTo(ReviewRefusal.Kind.CONFLICT))
                .hasMessageContaining("Already approved by rita");
    }

    @Test
    void an_approved_customer_or_professional_is_not_withdrawn_nor_edited_by_the_partner() {
        for (AssociationKind kind : new AssociationKind[] {AssociationKind.CUSTOMER, AssociationKind.PROFESSIONAL}) {
            assertThat(ReviewModel.mayWithdraw(kind, AssociationState.APPROVED)).as(kind.name()).isFalse();
            assertThat(ReviewModel.mayOpenEdit(kind, AssociationState.APPROVED)).as(kind.name()).isFalse();
            assertThatThrownBy(() -> ReviewModel.withdraw(kind, in(AssociationState.APPROVED, 1), 1L, "ada", AT))
                    .isInstanceOf(ReviewRefusal.class);
            assertThatThrownBy(() -> ReviewModel.editsAsNewSubmission(kind, in(AssociationState.APPROVED, 1), 1L,
                    Optional.empty())).isInstanceOf(ReviewRefusal.class)
                    .hasMessageContaining("Only a draft or an association sent back for changes can be edited");
        }
    }

    @Test
    void a_rejected_or_withdrawn_link_is_neither_withdrawn_again_nor_edited() {
        for (AssociationState state : new AssociationState[] {AssociationState.REJECTED, AssociationState.WITHDRAWN}) {
            assertThat(ReviewModel.mayWithdraw(AssociationKind.CERTIFICATION, state)).as(state.name()).isFalse();
            assertThat(ReviewModel.mayOpenEdit(AssociationKind.CERTIFICATION, state)).as(state.name()).isFalse();
            assertThatThrownBy(() -> ReviewModel.withdraw(AssociationKind.CERTIFICATION, in(state, 1), 1L, "ada",
                    AT)).isInstanceOf(ReviewRefusal.class);
        }
    }

    @Test
    void an_approved_link_is_edited_as_a_new_submission_a_draft_in_place() {
        assertThat(ReviewModel.editsAsNewSubmission(AssociationKind.CERTIFICATION, in(AssociationState.APPROVED, 2),
                2L, Optional.empty())).isTrue();
        assertThat(ReviewModel.editsAsNewSubmission(AssociationKind.CERTIFICATION,
                in(AssociationState.CHANGES_REQUESTED, 2), 2L, Optional.empty())).isFalse();
        assertThat(ReviewModel.mayOpenEdit(AssociationKind.CERTIFICATION, AssociationState.APPROVED)).isTrue();
    }

    @Test
    void a_second_open_edit_or_a_stale_version_is_a_conflict() {
        assertThatThrownBy(() -> ReviewModel.editsAsNewSubmission(AssociationKind.CERTIFICATION,
                in(AssociationState.APPROVED, 2), 2L, Optional.of(AssociationState.SUBMITTED)))
                .isInstanceOf(ReviewRefusal.class)
                .hasMessageContaining("An edit of this certification is submitted already");
        assertThatThrownBy(() -> ReviewModel.editsAsNewSubmission(AssociationKind.CERTIFICATION,
                in(AssociationState.APPROVED, 2), 1L, Optional.empty())).isInstanceOf(ReviewRefusal.class)
                .satisfies(e -> assertThat(((ReviewRefusal) e).kind()).isEqualTo(ReviewRefusal.Kind.CONFLICT));
    }

    @Test
    void approving_the_edit_ends_the_approved_version() {
        Move end = ReviewModel.supersede(in(AssociationState.APPROVED, 2), "rita", "replaced by its edit", AT);
        assertThat(end.from()).isEqualTo(AssociationState.APPROVED);
        assertThat(end.to()).isEqualTo(AssociationState.WITHDRAWN);
        assertThat(end.changesWhatCounts()).isTrue();
    }
}
