package com.partnerportal.core.whatif;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.Scorecard;

/** The changed evidence, the scorecards before and after the changes, and their difference. */
public record WhatIfResult(Evidence evidence, Scorecard before, Scorecard after, ScorecardDiff diff) {
}
