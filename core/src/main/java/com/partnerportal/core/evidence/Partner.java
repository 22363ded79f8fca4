package com.partnerportal.core.evidence;

import java.util.Objects;

/** The partner organisation; {@code name} may be null. */
public record Partner(String id, String name) {

    public Partner {
        Objects.requireNonNull(id, "id");
    }
}
