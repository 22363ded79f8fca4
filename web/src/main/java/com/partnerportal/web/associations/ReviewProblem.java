package com.partnerportal.web.associations;

import com.partnerportal.core.review.ReviewRefusal;
import com.partnerportal.web.error.Problem;
import com.partnerportal.web.error.ProblemException;

/** A move the review model refused, as an HTTP problem: 409 for a conflict, 400 (with the field's message) for bad input. */
public class ReviewProblem extends ProblemException {

    private final transient ReviewRefusal refusal;

    public ReviewProblem(ReviewRefusal refusal) {
        super(refusal.kind() == ReviewRefusal.Kind.CONFLICT ? Problem.of(409, refusal.getMessage())
                : Problem.of(400, refusal.getMessage(), refusal.problems()));
        this.refusal = refusal;
    }

    public ReviewRefusal refusal() {
        return refusal;
    }
}
