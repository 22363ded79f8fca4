package com.partnerportal.core.whatif;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.util.List;

/** What-if: hypothetical changes applied to evidence, scored side by side with the evidence as it is. Pure. */
public final class WhatIf {

    private WhatIf() {
    }

    /** The evidence with the changes applied in order. */
    public static Evidence change(Evidence evidence, List<? extends Change> changes) {
        Evidence changed = evidence;
        for (Change change : changes) {
            changed = change.applyTo(changed);
        }
        return changed;
    }

    /** Scores the evidence before and after the changes and compares the two scorecards. */
    public static WhatIfResult apply(Evidence evidence, List<? extends Change> changes) {
        Evidence changed = change(evidence, changes);
        Scorecard before = ScoreCalculator.score(evidence);
        Scorecard after = ScoreCalculator.score(changed);
        return new WhatIfResult(changed, before, after, ScorecardDiff.between(before, after));
    }
}
