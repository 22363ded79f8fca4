package com.partnerportal.web.error;

import java.util.List;

/** Thrown to answer with a problem: a 4xx that names everything that is wrong. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException badRequest(String detail, List<String> errors) {
        return new ProblemException(Problem.of(400, detail, errors));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, detail));
    }

    public Problem problem() {
        return problem;
    }
}
