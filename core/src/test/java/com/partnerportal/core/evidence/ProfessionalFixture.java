package com.partnerportal.core.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a professional for tests with certifications. */
public final class ProfessionalFixture {

    private final String id;
    private final List<Certification> certifications = new ArrayList<>();

    private ProfessionalFixture(String id) {
        this.id = id;
    }

    public static ProfessionalFixture professional(String id) {
        return new ProfessionalFixture(id);
    }

    /** A certification without expiry, earned long before any as-of month of the tests. */
    public ProfessionalFixture holds(String certificationId) {
        return holds(certificationId, "2020-01-01", null);
    }

    public ProfessionalFixture holds(String certificationId, String earned, String expires) {
        certifications.add(new Certification(certificationId, LocalDate.parse(earned),
                expires == null ? null : LocalDate.parse(expires)));
        return this;
    }

    public Professional build() {
        return new Professional(id, "Person " + id, certifications);
    }
}
