package com.partnerportal.core.evidence;

import com.partnerportal.core.program.Specialization;
import java.time.LocalDate;
import java.util.Objects;

/** A Data & AI specialization the partner holds, and when it was earned. */
public record HeldSpecialization(Specialization id, LocalDate earned) {

    public HeldSpecialization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(earned, "earned");
    }
}
