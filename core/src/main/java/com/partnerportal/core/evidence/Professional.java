package com.partnerportal.core.evidence;

import java.util.List;
import java.util.Objects;

/** A certified professional associated with the partner (an MCID, say); {@code name} may be null. */
public record Professional(String id, String name, List<Certification> certifications) {

    public Professional {
        Objects.requireNonNull(id, "id");
        certifications = List.copyOf(certifications);
    }
}
