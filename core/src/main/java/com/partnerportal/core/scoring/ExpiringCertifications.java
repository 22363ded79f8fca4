package com.partnerportal.core.scoring;

import com.partnerportal.core.scoring.NextActions.Risk;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scorecard's counting certifications that expire within a window of days, each with what its loss would cost — the
 * same computation as the risks of the next actions ({@link NextActions#risks()}), for any window: the points the
 * certifications metric would lose without that one certification (others may hold what it counts for: then 0), and
 * whether the total would then fall below the threshold, losing the designation (only said when the scorecard attains
 * it: a partner below the threshold has no designation to lose).
 */
public final class ExpiringCertifications {

    private ExpiringCertifications() {
    }

    /** Those that expire on or after {@code from} and on or before {@code until}, by expiry date. */
    public static List<Risk> between(Scorecard scorecard, LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        return Risks.certifications(scorecard.explanation().intermediateCertifications(), scorecard.total(),
                scorecard.attained(), from, until);
    }

    /** Only those whose loss costs points. */
    public static List<Risk> costingPoints(Scorecard scorecard, LocalDate from, LocalDate until) {
        return between(scorecard, from, until).stream().filter(risk -> risk.pointsAtRisk() > 0).toList();
    }
}
