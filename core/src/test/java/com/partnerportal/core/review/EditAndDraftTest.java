package com.partnerportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Issue 12, point 3: drafts, and which associations the partner may still edit. */
class EditAndDraftTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 6, 0, 0, 0, ZoneOffset.UTC);

    private static ReviewedState in(AssociationState state, long version) {
        return new ReviewedState(state, version, "ada", AT, state == AssociationState.DRAFT ? null : "rita", AT,
                state.needsReason() ? "fix the reference" : null);
    }

    @Test
    void a_draft_is_a_new_association_in_draft_that_nobody_decided_and_that_may_be_submitted_or_withdrawn() {
        Move draft = ReviewModel.draft("ada", AT);
        assertThat(draft.from()).isNull();
        assertThat(draft.to()).isEqualTo(AssociationState.DRAFT);
        assertThat(draft.decided()).isFalse();
        assertThat(draft.submits()).isFalse();
        assertThat(draft.action()).isEqualTo("ASSOCIATION_DRAFT");
        assertThat(AssociationState.DRAFT.next()).containsExactlyInAnyOrder(AssociationState.SUBMITTED,
                AssociationState.WITHDRAWN);
    }

    @Test
    void only_a_draft_or_one_sent_back_for_changes_may_be_edited() {
        for (AssociationState state : AssociationState.values()) {
            boolean editable = EnumSet.of(AssociationState.DRAFT, AssociationState.CHANGES_REQUESTED).contains(state);
            assertThat(state.editable()).as(state.name()).isEqualTo(editable);
            if (editable) {
                ReviewModel.mayEdit(in(state, 3), 3L);
            } else {
                assertThatThrownBy(() -> ReviewModel.mayEdit(in(state, 3), 3L)).isInstanceOf(ReviewRefusal.class)
                        .hasMessageContaining("Only a draft or an association sent back for changes can be edited")
                        .hasMessageContaining(ReviewModel.label(state));
            }
        }
    }

    @Test
    void an_edit_of_a_version_the_partner_did_not_see_is_a_conflict() {
        assertThatThrownBy(() -> ReviewModel.mayEdit(in(AssociationState.CHANGES_REQUESTED, 4), 3L))
                .isInstanceOf(ReviewRefusal.class)
                .satisfies(e -> assertThat(((ReviewRefusal) e).kind()).isEqualTo(ReviewRefusal.Kind.CONFLICT))
                .hasMessageContaining("Already sent back for changes by rita");
    }
}
