package com.partnerportal.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rule set's certifications: the two prerequisites, the scoring list, and those that scored under an earlier
 * rule set and no longer do; {@code example} is the scoring certification the next actions suggest.
 */
public record CertificationCatalogue(
        DataAiCertification administrator,
        DataAiCertification architect,
        List<DataAiCertification> scoring,
        List<DataAiCertification> noLongerScoring,
        DataAiCertification example) {

    public CertificationCatalogue {
        Objects.requireNonNull(administrator, "administrator");
        Objects.requireNonNull(architect, "architect");
        scoring = List.copyOf(scoring);
        noLongerScoring = List.copyOf(noLongerScoring);
        if (!scoring.contains(example)) {
            throw new IllegalArgumentException("the example must be a scoring certification");
        }
    }

    /** The role of any certification id under this catalogue. */
    public DataAiCertification.Role roleOf(String id) {
        DataAiCertification certification = DataAiCertification.byId(id).orElse(null);
        if (certification == null) {
            return DataAiCertification.Role.NON_SCORING;
        }
        if (certification == administrator || certification == architect) {
            return DataAiCertification.Role.PREREQUISITE;
        }
        return scoring.contains(certification) ? DataAiCertification.Role.SCORING
                : noLongerScoring.contains(certification) ? DataAiCertification.Role.NO_LONGER_SCORING
                : DataAiCertification.Role.NON_SCORING;
    }

    /** The prerequisites, then the scoring certifications: what a form offers. */
    public List<DataAiCertification> counting() {
        return Stream.concat(Stream.of(administrator, architect), scoring.stream()).toList();
    }
}
