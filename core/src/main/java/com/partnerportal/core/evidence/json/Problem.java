package com.partnerportal.core.evidence.json;

import java.util.Objects;

/** One problem of an evidence file: the JSON path it concerns and what is wrong there. */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code customers[1].acr.2024-03: must be ≥ 0}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
