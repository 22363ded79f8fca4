package com.partnerportal.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The workflow against the database: every state pair, and two reviewers racing for one association. */
@QuarkusTest
class ReviewWorkflowTest {

    static final String PARTNER = "P-8150";

    @Inject
    AssociationWorkflow workflow;

    @Test
    void everyAllowedMoveHappensAndIsAuditedEveryForbiddenOneIs409AndChangesNothing() {
        PartnerFixture.partner(PARTNER, "Transitions Ltd");
        List<String> wrong = new ArrayList<>();
        for (Object[] pair : AssociationStateTest.pairs()) {
            AssociationState from = (AssociationState) pair[0];
            AssociationState to = (AssociationState) pair[1];
            for (AssociationKind kind : AssociationKind.values()) {
                // the state machine's pairs, and the partner's withdrawal of an approved certification link
                // (issue 12, point 1: it stops counting at once)
                boolean allowed = (boolean) pair[2] || kind == AssociationKind.CERTIFICATION
                        && from == AssociationState.APPROVED && to == AssociationState.WITHDRAWN;
                String subject = ReviewFixture.unique(from + "-" + to);
                long id = switch (kind) {
                    case CUSTOMER -> ReviewFixture.customerAssociation(PARTNER, subject, AssociationType.CSP, from, 1,
                            Map.of());
                    case PROFESSIONAL -> ReviewFixture.professionalAssociation(PARTNER, subject, from, 1);
                    case CERTIFICATION -> ReviewFixture.certificationClaim(PARTNER, subject, from, 1);
                };
                String outcome;
                try {
                    workflow.move(kind, PARTNER, id, 0L, to, "transition-tester", "because " + to);
                    outcome = "moved";
                } catch (ProblemException e) {
                    outcome = e.problem().status() + "";
                }
                ReviewedAssociation after = ReviewFixture.load(kind, id);
                long audits = ReviewFixture.audits("ASSOCIATION_" + to, kind, id);
                String expected = allowed ? "moved" : "409";
                AssociationState expectedState = allowed ? to : from;
                if (!outcome.equals(expected) || after.state != expectedState || audits != (allowed ? 1 : 0)) {
                    wrong.add(kind + " " + from + " → " + to + ": " + outcome + ", now " + after.state + ", "
                            + audits + " audit events");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void twoReviewersDecidingOneAssociationAtOnceExactlyOneWinsTheOtherIsToldWhoDecided() throws Exception {
        PartnerFixture.partner(PARTNER, "Transitions Ltd");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("race"), 2);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<String> alice = threads.submit(() -> decide(together, id, "alice", AssociationState.APPROVED));
                Future<String> bob = threads.submit(() -> decide(together, id, "bob", AssociationState.REJECTED));
                List<String> outcomes = List.of(alice.get(30, TimeUnit.SECONDS), bob.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).as("round " + round).filteredOn("ok"::equals).hasSize(1);
                ReviewedAssociation after = ReviewFixture.load(AssociationKind.CUSTOMER, id);
                String winner = after.decidedBy;
                String loserMessage = outcomes.stream().filter(o -> !o.equals("ok")).findFirst().orElseThrow();
                assertThat(loserMessage).startsWith("409 Already "
                        + (winner.equals("alice") ? "approved" : "rejected") + " by " + winner + " at ");
                assertThat(after.version).isEqualTo(1);
                assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.CUSTOMER, id)
                        + ReviewFixture.audits("ASSOCIATION_REJECTED", AssociationKind.CUSTOMER, id)).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private String decide(CyclicBarrier together, long id, String reviewer, AssociationState target)
            throws Exception {
        together.await(10, TimeUnit.SECONDS);
        try {
            workflow.moveOrExplain(AssociationKind.CUSTOMER, PARTNER, id, 0L, target, reviewer, "decided by " + reviewer);
            return "ok";
        } catch (ProblemException e) {
            return e.problem().status() + " " + e.problem().detail();
        }
    }
}
