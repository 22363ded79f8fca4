package com.partnerportal.web.review;

import static com.partnerportal.core.review.AssociationState.APPROVED;
import static com.partnerportal.core.review.AssociationState.CHANGES_REQUESTED;
import static com.partnerportal.core.review.AssociationState.DRAFT;
import static com.partnerportal.core.review.AssociationState.REJECTED;
import static com.partnerportal.core.review.AssociationState.SUBMITTED;
import static com.partnerportal.core.review.AssociationState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (from, to) pair of review states: the allowed ones, as data-model.md draws them, and nothing else. */
class AssociationStateTest {

    static final Map<AssociationState, Set<AssociationState>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.noneOf(AssociationState.class),
            REJECTED, EnumSet.noneOf(AssociationState.class),
            WITHDRAWN, EnumSet.noneOf(AssociationState.class));

    /** All 36 pairs with whether the move is allowed. */
    static List<Object[]> pairs() {
        List<Object[]> pairs = new ArrayList<>();
        for (AssociationState from : AssociationState.values()) {
            for (AssociationState to : AssociationState.values()) {
                pairs.add(new Object[] { from, to, ALLOWED.get(from).contains(to) });
            }
        }
        return pairs;
    }

    @Test
    void everyPairIsAllowedExactlyWhenTheDiagramHasTheArrow() {
        List<String> wrong = new ArrayList<>();
        for (Object[] pair : pairs()) {
            AssociationState from = (AssociationState) pair[0];
            AssociationState to = (AssociationState) pair[1];
            if (from.canMoveTo(to) != (boolean) pair[2]) {
                wrong.add(from + " → " + to + (from.canMoveTo(to) ? " is allowed" : " is refused"));
            }
        }
        assertThat(pairs()).hasSize(36);
        assertThat(wrong).isEmpty();
    }

    @Test
    void decidedAndWithdrawnAssociationsAreFinalAndNothingReturnsToDraft() {
        for (AssociationState state : EnumSet.of(APPROVED, REJECTED, WITHDRAWN)) {
            assertThat(state.next()).as(state + " is final").isEmpty();
        }
        for (AssociationState state : AssociationState.values()) {
            assertThat(state.canMoveTo(DRAFT)).as(state + " → DRAFT").isFalse();
            assertThat(state.canMoveTo(state)).as(state + " → itself").isFalse();
        }
    }

    @Test
    void onlyRejectionAndChangeRequestsNeedAReason() {
        assertThat(EnumSet.allOf(AssociationState.class).stream().filter(AssociationState::needsReason))
                .containsExactlyInAnyOrder(REJECTED, CHANGES_REQUESTED);
    }
}
