package com.partnerportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An import never bypasses review: what it does with each association, verified source or not. */
class ImportReviewTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void a_new_association_arrives_submitted_for_review() {
        Move move = ReviewModel.imported(null, false, "imp-1", "omar", AT).orElseThrow();
        assertThat(move.from()).isNull();
        assertThat(move.to()).isEqualTo(AssociationState.SUBMITTED);
        assertThat(move.decided()).isFalse();
        assertThat(move.reason()).isEqualTo("Submitted by import imp-1");
    }

    @Test
    void a_verified_source_approves_with_the_admin_as_decider_and_the_import_as_reason() {
        Move created = ReviewModel.imported(null, true, "imp-2", "omar", AT).orElseThrow();
        assertThat(created.to()).isEqualTo(AssociationState.APPROVED);
        assertThat(created.decided()).isTrue();
        assertThat(created.actor()).isEqualTo("omar");
        assertThat(created.reason()).isEqualTo("Approved: verified import imp-2");
        Move submitted = ReviewModel.imported(AssociationState.SUBMITTED, true, "imp-2", "omar", AT).orElseThrow();
        assertThat(submitted.from()).isEqualTo(AssociationState.SUBMITTED);
        assertThat(submitted.to()).isEqualTo(AssociationState.APPROVED);
        assertThat(submitted.from().canMoveTo(submitted.to())).as("a move the state machine allows").isTrue();
    }

    @Test
    void a_rejection_or_withdrawal_stands_even_for_a_verified_source() {
        for (boolean verified : new boolean[] {false, true}) {
            for (AssociationState decided : EnumSet.of(AssociationState.REJECTED, AssociationState.WITHDRAWN)) {
                assertThat(ReviewModel.imported(decided, verified, "imp-3", "omar", AT)).isEmpty();
                assertThat(ReviewModel.importKept(decided)).endsWith("the decision stands");
            }
        }
    }

    @Test
    void approved_awaiting_review_or_with_the_partner_is_left_alone() {
        assertThat(ReviewModel.imported(AssociationState.APPROVED, true, "imp-4", "omar", AT)).isEmpty();
        assertThat(ReviewModel.imported(AssociationState.SUBMITTED, false, "imp-4", "omar", AT)).isEmpty();
        assertThat(ReviewModel.imported(AssociationState.DRAFT, true, "imp-4", "omar", AT)).isEmpty();
        assertThat(ReviewModel.imported(AssociationState.CHANGES_REQUESTED, true, "imp-4", "omar", AT)).isEmpty();
    }

    @Test
    void every_move_an_import_makes_is_one_the_state_machine_allows() {
        for (AssociationState latest : AssociationState.values()) {
            for (boolean verified : new boolean[] {false, true}) {
                ReviewModel.imported(latest, verified, "imp-5", "omar", AT).ifPresent(move ->
                        assertThat(move.from().canMoveTo(move.to())).as(latest + " verified=" + verified).isTrue());
            }
        }
    }
}
