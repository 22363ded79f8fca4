package com.partnerportal.core.whatif;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.RuleSets;
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

    /** Scores the evidence before and after the changes and compares the two scorecards (default rule-set choice). */
    public static WhatIfResult apply(Evidence evidence, List<? extends Change> changes) {
        return apply(evidence, changes, RuleSets.standard());
    }

    /**
     * Scores the evidence before and after the changes, each by the rule set {@code ruleSets} puts in force for its
     * month, and compares the two scorecards.
     */
    public static WhatIfResult apply(Evidence evidence, List<? extends Change> changes, RuleSets ruleSets) {
        Evidence changed = change(evidence, changes);
        Scorecard before = ScoreCalculator.score(evidence, ruleSets);
        Scorecard after = ScoreCalculator.score(changed, ruleSets);
        return new WhatIfResult(changed, before, after, ScorecardDiff.between(before, after));
    }
}
