package com.partnerportal.core.evidence.json;

import java.util.List;
import java.util.stream.Collectors;

/** An evidence file was rejected whole; {@link #problems()} lists every problem found, each with its JSON path. */
public class EvidenceValidationException extends RuntimeException {

    private final transient List<Problem> problems;

    public EvidenceValidationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ",
                "invalid evidence (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): "), "")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
